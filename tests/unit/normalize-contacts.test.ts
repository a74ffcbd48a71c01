import { describe, expect, it } from 'vitest';
import { isMailingList, parseContacts } from '../../lib/parse/contacts';

describe('parseContacts: values from the page', () => {
  it.each([
    ['Wei Liu <wei.liu2@citrix.com>', 'Wei Liu', 'wei.liu2@citrix.com'],
    ['Konrad Rzeszutek Wilk <konrad.wilk@oracle.com>', 'Konrad Rzeszutek Wilk', 'konrad.wilk@oracle.com'],
    ['Andres Lagar-Cavilla <andres@lagarcavilla.org>', 'Andres Lagar-Cavilla', 'andres@lagarcavilla.org'],
    ['Andrew Cooper <andrew.cooper3@citrix.com>', 'Andrew Cooper', 'andrew.cooper3@citrix.com'],
    ['Paul Durrant <paul.durrant@citrix.com>', 'Paul Durrant', 'paul.durrant@citrix.com'],
    ['Dave Scott <dave.scott@eu.citrix.com>', 'Dave Scott', 'dave.scott@eu.citrix.com'],
    ['Anil Madhavapeddy <anil@recoil.org>', 'Anil Madhavapeddy', 'anil@recoil.org'],
    ['Pasi Karkkainen <pasik@iki.fi>', 'Pasi Karkkainen', 'pasik@iki.fi'],
    ['George Dunlap <george.dunlap@eu.citrix.com>', 'George Dunlap', 'george.dunlap@eu.citrix.com'],
    ['Roger Pau Monné <roger.pau@citrix.com>', 'Roger Pau Monné', 'roger.pau@citrix.com'],
    ['Matt Wilson <msw@amazon.com>', 'Matt Wilson', 'msw@amazon.com'],
    ['John Morris <john@zultron.com>', 'John Morris', 'john@zultron.com'],
  ])('%s', (raw, name, email) => {
    const contacts = parseContacts(raw);
    expect(contacts).toHaveLength(1);
    expect(contacts[0].name).toBe(name);
    expect(contacts[0].email).toBe(email);
  });

  it('a name alone has no email', () => {
    expect(parseContacts('Ian Campbell')).toEqual([{ name: 'Ian Campbell', email: null }]);
  });
});

describe('parseContacts: forms', () => {
  it('angle brackets left as entity text', () => {
    expect(parseContacts('Wei Liu &lt;wei.liu2@citrix.com&gt;')).toEqual([{ name: 'Wei Liu', email: 'wei.liu2@citrix.com' }]);
  });
  it('surrounding whitespace and newlines', () => {
    expect(parseContacts('\n  Wei Liu <wei.liu2@citrix.com>\n')).toEqual([{ name: 'Wei Liu', email: 'wei.liu2@citrix.com' }]);
  });
  it.each([
    ['A One <a@x.org>, B Two <b@y.org>'],
    ['A One <a@x.org>; B Two <b@y.org>'],
    ['A One <a@x.org> / B Two <b@y.org>'],
    ['A One <a@x.org> and B Two <b@y.org>'],
    ['A One <a@x.org>\nB Two <b@y.org>'],
    ['A One <a@x.org> B Two <b@y.org>'],
    ['A One <a@x.org> & B Two <b@y.org>'],
  ])('several people: %j', (raw) => {
    expect(parseContacts(raw)).toEqual([
      { name: 'A One', email: 'a@x.org' },
      { name: 'B Two', email: 'b@y.org' },
    ]);
  });
  it('names alone, several', () => {
    expect(parseContacts('Ian Campbell and George Dunlap')).toEqual([
      { name: 'Ian Campbell', email: null },
      { name: 'George Dunlap', email: null },
    ]);
  });
  it('a list ending in ", and"', () => {
    expect(parseContacts('Ian Campbell, Wei Liu, and George Dunlap')).toEqual([
      { name: 'Ian Campbell', email: null },
      { name: 'Wei Liu', email: null },
      { name: 'George Dunlap', email: null },
    ]);
  });
  it('"and" inside a name does not split it', () => {
    expect(parseContacts('Alexandra Anderson')).toEqual([{ name: 'Alexandra Anderson', email: null }]);
  });
  it('role labels are stripped, names kept', () => {
    expect(parseContacts('Mentor: Wei Liu <wei.liu2@citrix.com>, Student: Jane Doe')).toEqual([
      { name: 'Wei Liu', email: 'wei.liu2@citrix.com' },
      { name: 'Jane Doe', email: null },
    ]);
    expect(parseContacts('Mentors: Ian Campbell and George Dunlap <george.dunlap@eu.citrix.com>')).toEqual([
      { name: 'Ian Campbell', email: null },
      { name: 'George Dunlap', email: 'george.dunlap@eu.citrix.com' },
    ]);
    expect(parseContacts('Technical contact: Ian Campbell')).toEqual([{ name: 'Ian Campbell', email: null }]);
    expect(parseContacts('Co-mentor: Ian Campbell')).toEqual([{ name: 'Ian Campbell', email: null }]);
    expect(parseContacts('Technical contact(s): Ian Campbell')).toEqual([{ name: 'Ian Campbell', email: null }]);
    expect(parseContacts('Mentors:\nIan Campbell\nWei Liu <wei.liu2@citrix.com>')).toEqual([
      { name: 'Ian Campbell', email: null },
      { name: 'Wei Liu', email: 'wei.liu2@citrix.com' },
    ]);
  });
  it('an address in parentheses, and a role in parentheses', () => {
    expect(parseContacts('Wei Liu (wei.liu2@citrix.com)')).toEqual([{ name: 'Wei Liu', email: 'wei.liu2@citrix.com' }]);
    expect(parseContacts('Ian Campbell (mentor), Jane Doe (student)')).toEqual([
      { name: 'Ian Campbell', email: null },
      { name: 'Jane Doe', email: null },
    ]);
  });
  it('mailto: prefixes are dropped', () => {
    expect(parseContacts('Wei Liu <mailto:wei.liu2@citrix.com>')).toEqual([{ name: 'Wei Liu', email: 'wei.liu2@citrix.com' }]);
  });
  it('a bare email is named by its local part as written', () => {
    expect(parseContacts('andrew.cooper3@citrix.com')).toEqual([{ name: 'andrew.cooper3', email: 'andrew.cooper3@citrix.com' }]);
    expect(parseContacts('<msw@amazon.com>')).toEqual([{ name: 'msw', email: 'msw@amazon.com' }]);
  });
  it('an email before the name', () => {
    expect(parseContacts('wei.liu2@citrix.com (Wei Liu)')).toEqual([{ name: 'Wei Liu', email: 'wei.liu2@citrix.com' }]);
    expect(parseContacts('<wei.liu2@citrix.com> Wei Liu')).toEqual([{ name: 'Wei Liu', email: 'wei.liu2@citrix.com' }]);
  });
  it('a role in parentheses does not name a bare address', () => {
    expect(parseContacts('msw@amazon.com (mentor)')).toEqual([{ name: 'msw', email: 'msw@amazon.com' }]);
    expect(parseContacts('Ian Campbell (mentor, Xen maintainer)')).toEqual([{ name: 'Ian Campbell', email: null }]);
  });
  it('names lose trailing and leading punctuation', () => {
    expect(parseContacts('Ian Campbell.')).toEqual([{ name: 'Ian Campbell', email: null }]);
    expect(parseContacts('"Ian Campbell" <ian@x.org>;')).toEqual([{ name: 'Ian Campbell', email: 'ian@x.org' }]);
    expect(parseContacts('- Ian Campbell -')).toEqual([{ name: 'Ian Campbell', email: null }]);
  });
  it('keeps hyphens and accents inside names', () => {
    expect(parseContacts('Roger Pau Monné, Andres Lagar-Cavilla')).toEqual([
      { name: 'Roger Pau Monné', email: null },
      { name: 'Andres Lagar-Cavilla', email: null },
    ]);
  });
  it('the same person twice is listed once, the address kept', () => {
    expect(parseContacts('Wei Liu <wei.liu2@citrix.com>, Wei Liu <WEI.LIU2@citrix.com>')).toEqual([
      { name: 'Wei Liu', email: 'wei.liu2@citrix.com' },
    ]);
    expect(parseContacts('Ian Campbell, Ian Campbell')).toEqual([{ name: 'Ian Campbell', email: null }]);
  });
});

describe('parseContacts: obfuscated addresses', () => {
  it('"name at domain dot org"', () => {
    expect(parseContacts('Wei Liu <wei dot liu2 at citrix dot com>')).toEqual([{ name: 'Wei Liu', email: 'wei.liu2@citrix.com' }]);
    expect(parseContacts('Anil Madhavapeddy anil at recoil dot org')).toEqual([{ name: 'Anil Madhavapeddy', email: 'anil@recoil.org' }]);
  });
  it('"[at]" and "(dot)"', () => {
    expect(parseContacts('Matt Wilson msw [at] amazon (dot) com')).toEqual([{ name: 'Matt Wilson', email: 'msw@amazon.com' }]);
    expect(parseContacts('Matt Wilson <msw(at)amazon.com>')).toEqual([{ name: 'Matt Wilson', email: 'msw@amazon.com' }]);
  });
  it('"at" in prose without a domain stays a word', () => {
    expect(parseContacts('Ian Campbell at Citrix')).toEqual([{ name: 'Ian Campbell at Citrix', email: null }]);
  });
});

describe('parseContacts: not contacts', () => {
  it.each(['Unknown', 'TBD', 'unknown', 'N/A', 'None', '', '   ', '?'])('%j gives []', (raw) => {
    expect(parseContacts(raw)).toEqual([]);
  });
  it('null gives []', () => {
    expect(parseContacts(null)).toEqual([]);
  });
  it('advice to CC a list is dropped', () => {
    expect(parseContacts('Ian Campbell, make sure you CC xen-devel@lists.xenproject.org')).toEqual([
      { name: 'Ian Campbell', email: null },
    ]);
    expect(parseContacts('Wei Liu <wei.liu2@citrix.com> - please CC xen-devel@lists.xenproject.org')).toEqual([
      { name: 'Wei Liu', email: 'wei.liu2@citrix.com' },
    ]);
    expect(parseContacts('Wei Liu <wei.liu2@citrix.com> (please CC xen-devel@lists.xenproject.org, it helps)')).toEqual([
      { name: 'Wei Liu', email: 'wei.liu2@citrix.com' },
    ]);
    expect(parseContacts('please CC xen-devel@lists.xenproject.org')).toEqual([]);
    expect(parseContacts('Ian Campbell, please CC xen-devel@lists.xenproject.org, and George Dunlap')).toEqual([
      { name: 'Ian Campbell', email: null },
      { name: 'George Dunlap', email: null },
    ]);
    expect(parseContacts('Wei Liu <wei.liu2@citrix.com> (make sure you CC the mailing list)')).toEqual([
      { name: 'Wei Liu', email: 'wei.liu2@citrix.com' },
    ]);
  });
  it('mailing-list addresses are not people', () => {
    expect(parseContacts('xen-devel@lists.xenproject.org')).toEqual([]);
    expect(parseContacts('Xen devel <xen-devel@lists.xen.org>, Dave Scott <dave.scott@eu.citrix.com>')).toEqual([
      { name: 'Dave Scott', email: 'dave.scott@eu.citrix.com' },
    ]);
    expect(parseContacts('xen-api@lists.xenproject.org')).toEqual([]);
    expect(parseContacts('mirageos-devel@lists.xenproject.org')).toEqual([]);
  });
  it('half an address such as "xen-devel@" is not a contact', () => {
    expect(parseContacts('xen-devel@')).toEqual([]);
  });
  it('long prose without an address is not a name', () => {
    expect(parseContacts('ask on the IRC channel for someone who knows')).toEqual([]);
  });
});

describe('isMailingList', () => {
  it.each([
    ['xen-devel@lists.xenproject.org', true],
    ['xen-devel@lists.xen.org', true],
    ['xen-devel@xen.org', true],
    ['dmaengine@vger.kernel.org', true],
    ['mirageos-devel@lists.xenproject.org', true],
    ['qemu-devel@nongnu.org', true],
    ['wei.liu2@citrix.com', false],
    ['andres@lagarcavilla.org', false],
    ['lars.kurth@xen.org', false],
  ])('%s -> %s', (email, expected) => {
    expect(isMailingList(email)).toBe(expected);
  });
});
