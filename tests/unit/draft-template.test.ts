// The draft template follows the page's advice and fills in the idea's facts; the subject tag is read from the
// page; mail links carry the list in CC.
import { describe, expect, it } from 'vitest';
import { draftFileName, draftTemplate, findSubjectTag } from '../../lib/draft-template';
import { isMailAddress, mailingListAddress, mailSubject, mailtoLink } from '../../lib/mail';
import { loadFixturePage, parseFixture } from './helpers/fixture-pages';
import { OUTREACH_ID } from './helpers/ideas';
import { sampleBookmark } from './helpers/shortlist';

describe('draftTemplate', () => {
  const ovmf = parseFixture('outreach-vector-mw1.31.html').ideas[0];
  const text = draftTemplate(sampleBookmark({ idea: ovmf, anchor: ovmf.anchor, pageId: OUTREACH_ID }));

  it('fills in the idea: title, link, mentor, mailing list, skills', () => {
    expect(text).toContain('# Application: OVMF Compatibility Support Module support in Xen');
    expect(text).toContain('- Link: https://wiki.xenproject.org/wiki/Outreach_Program_Projects#OVMF_Compatibility_Support_Module_support_in_Xen');
    expect(text).toContain('- Mentor: Wei Liu <wei.liu2@citrix.com>');
    expect(text).toContain('- Mailing list: xen-devel@lists.xenproject.org');
    expect(text).toContain('- Skills needed: C, firmware');
    expect(text).toContain('- Difficulty: Medium');
  });

  it('has the sections the page advises, in order', () => {
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## About me',
      '## The problem',
      '## My plan',
      '## Timeline and milestones',
      '## Prior contributions and the small task',
      '## Talking with the mentor',
    ]);
    expect(text).toMatch(/bite-size task you got from Wei Liu/);
    expect(text).toMatch(/contacted Wei Liu \(with xen-devel@lists\.xenproject\.org in CC\)/);
  });

  it('copes with an idea without mentor, list or skills', () => {
    const bare = sampleBookmark({ idea: { ...ovmf, contacts: [], mailingList: null, skills: { raw: null, tags: [] } } });
    const t = draftTemplate(bare);
    expect(t).toContain('- Mentor: not named on the page');
    expect(t).toContain('- Mailing list: the project mailing list');
    expect(t).toContain('- Skills needed: not listed');
  });
});

describe('findSubjectTag', () => {
  it('reads "OPW 2014" from the 2014 ideas page', () => {
    const doc = loadFixturePage('outreach-vector-mw1.31.html');
    expect(findSubjectTag(doc.body.textContent ?? '')).toBe('OPW 2014');
  });

  it.each([
    ['Make sure you add OPW 2014 to the subject line.', 'OPW 2014'],
    ['Please put [GSoC] in the subject of your mail.', 'GSoC'],
    ['Include "GSoC 2025" in your e-mail subject.', 'GSoC 2025'],
    ['Prefix the subject line with Outreachy: when you write.', 'Outreachy'],
    ['Send an email to the relevant mailing list.', null],
  ])('%j -> %j', (text, tag) => expect(findSubjectTag(text)).toBe(tag));
});

describe('mail', () => {
  it('expands the wiki\'s list names to addresses', () => {
    expect(mailingListAddress('xen-devel@')).toBe('xen-devel@lists.xenproject.org');
    expect(mailingListAddress(' mirageos-devel ')).toBe('mirageos-devel@lists.xenproject.org');
    expect(mailingListAddress('xen-api@lists.xen.org')).toBe('xen-api@lists.xen.org');
    expect(mailingListAddress('https://forum.example/xen')).toBeNull();
    expect(mailingListAddress(null)).toBeNull();
  });

  it('builds a subject with the tag and a mailto with the list in CC', () => {
    expect(mailSubject('OPW 2014', 'CPUID Programming for Humans')).toBe('[OPW 2014] CPUID Programming for Humans');
    expect(mailSubject('  ', 'X')).toBe('X');
    expect(mailtoLink({ to: ['wei.liu2@citrix.com'], cc: ['xen-devel@lists.xenproject.org'], subject: '[OPW 2014] A & B?' })).toBe(
      'mailto:wei.liu2@citrix.com?cc=xen-devel@lists.xenproject.org&subject=%5BOPW%202014%5D%20A%20%26%20B%3F',
    );
  });

  it('puts only plain addresses into a mailto link, so no address can add a header or a recipient', () => {
    const hostile = [
      'mentor@example.org?cc=spy@evil.example',
      'mentor@example.org&body=Send%20your%20password',
      'mentor@example.org,spy@evil.example',
      'Mentor <mentor@example.org>',
      'mentor@example.org\r\nBcc: spy@evil.example',
      'javascript:alert(1)',
      `${'a'.repeat(250)}@example.org`,
    ];
    for (const address of hostile) expect(isMailAddress(address)).toBe(false);
    expect(isMailAddress('wei.liu2@citrix.com')).toBe(true);
    expect(mailtoLink({ to: ['wei.liu2@citrix.com', ...hostile], cc: hostile, subject: 'Hi' })).toBe('mailto:wei.liu2@citrix.com?subject=Hi');
    expect(mailtoLink({ to: hostile, body: 'x=1&cc=y' })).toBe('mailto:?body=x%3D1%26cc%3Dy');
  });

  it('names download files after the idea', () => {
    expect(draftFileName('Xen block backend/frontend multiqueue support')).toBe('application-xen-block-backend-frontend-multiqueue-support.md');
    expect(draftFileName('Äpfel & Öl')).toBe('application-apfel-ol.md');
    expect(draftFileName('???')).toBe('application-draft.md');
  });
});
