// The parser beyond the saved Outreach page: other skins, layouts, sections, signatures and hostile input.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { looksLikeIdeasPage } from '../../lib/parse/detect';
import { parsePage, scanPage } from '../../lib/parse/index';
import { loadFixturePage } from './helpers/fixture-pages';
import { BIG_FIELD_CHARS, EVIL_TITLE, TEXT_PAYLOAD, hostilePage } from '../support/hostile-page';

const load = (name: string) => loadFixturePage(`variants/${name}`, 'https://wiki.xenproject.org/wiki/Test');
const html = (body: string, url = 'https://wiki.xenproject.org/wiki/Test') =>
  new JSDOM(`<!DOCTYPE html><html><body><div class="mw-parser-output">${body}</div></body></html>`, { url }).window.document;

describe('MonoBook page with definition lists and ideas at the level of their categories', () => {
  const result = parsePage(load('monobook-dl-h3.html'));

  it('finds the four ideas and nothing from prose sections', () => {
    expect(result.page).toEqual({ title: 'GSoC 2015', url: 'https://wiki.xenproject.org/wiki/GSoC_2015' });
    expect(result.ideas.map((i) => [i.title, i.status, i.section, i.category])).toEqual([
      ['Credit2 & RTDS: tuning, tests (phase 1)', 'other', 'Hypervisor ideas', 'Scheduling'],
      ['Improve documentation', 'other', 'Hypervisor ideas', 'Scheduling'],
      ['Improve documentation', 'other', 'Hypervisor ideas', 'Tools'],
      ['Improve documentation', 'other', 'Hypervisor ideas', 'Tools'],
    ]);
  });

  it('keys ideas uniquely and stably, even with the same title', () => {
    expect(result.ideas.map((i) => i.key)).toEqual([
      'Credit2_&_RTDS:_tuning,_tests_(phase_1)',
      'Improve_documentation@Scheduling',
      'Improve_documentation@Tools',
      'Improve_documentation@Tools~2',
    ]);
    expect(result.ideas.map((i) => i.anchor)).toEqual([
      'Credit2_.26_RTDS:_tuning.2C_tests_.28phase_1.29',
      'Improve_documentation',
      'Improve_documentation_2',
      'Improve_documentation_3',
    ]);
  });

  it('reads each <dt>/<dd> field', () => {
    const [credit] = result.ideas;
    expect(credit.inserted).toEqual({ raw: '2015-02-10', date: '2015-02-10', ambiguous: false });
    expect(credit.verified).toEqual({ raw: '12/03/15', date: '2015-12-03', ambiguous: true });
    expect(credit.gsoc).toBe(true);
    expect(credit.contacts).toEqual([
      { name: 'Dario Faggioli', email: 'dario@example.org' },
      { name: 'Jane Roe', email: 'jane.roe@example.org' },
    ]);
    expect(credit.mailingList).toBe('xen-devel@lists.xenproject.org');
    expect(credit.irc).toBe('#xen-devel');
    expect(credit.difficulty).toEqual({ raw: 'Beginner', min: 'easy', max: 'easy' });
    expect(credit.skills).toEqual({ raw: 'Good C and Python; some Go', tags: ['C', 'Go', 'Python'] });
    expect(credit.description).toEqual({
      text: 'Tune the Credit2 scheduler.\nSecond paragraph.',
      links: [{ text: 'Credit2', href: 'https://wiki.xenproject.org/wiki/Credit2_Scheduler' }],
    });
    expect(credit.outcomes).toBeNull();
  });

  it('reads a signature followed by a (talk) link', () => {
    expect(result.ideas[0].comments).toEqual([
      { author: 'Jane.roe', timestamp: '2015-03-02T09:05:00Z', text: 'Needs a benchmark plan.', field: 'review' },
    ]);
  });

  it('reads mentor/student forms and leaves CC advice out of the contacts', () => {
    expect(result.ideas[1].contacts).toEqual([
      { name: 'Alice Smith', email: 'alice@example.org' },
      { name: 'Bob Lee', email: null },
    ]);
    expect(result.ideas[1].difficulty).toEqual({ raw: 'Easy-Medium', min: 'easy', max: 'medium' });
    expect(result.ideas[2].contacts).toEqual([{ name: 'Carol White', email: 'carol@example.org' }]);
    expect(result.ideas[2].difficulty).toEqual({ raw: 'Advanced', min: 'hard', max: 'hard' });
    expect(result.ideas[3].contacts).toEqual([{ name: 'Dan Brown', email: null }]);
  });

  it('warns about an idea without a Skills field, once', () => {
    expect(result.warnings).toEqual(['"Improve documentation" has no Skills Needed field.']);
  });
});

describe('archive page with plain-text labels and comment icons without alt text', () => {
  const result = parsePage(load('paragraphs-h3.html'));

  it('finds the two ideas under New Project Ideas, not the conventions prose', () => {
    expect(result.ideas.map((i) => [i.title, i.status, i.section, i.category])).toEqual([
      ['Xen on RISC-V: bring-up', 'new', 'New Project Ideas', null],
      ['Unsigned review', 'new', 'New Project Ideas', null],
    ]);
  });

  it('reads text labels at the start of paragraphs', () => {
    const [riscv] = result.ideas;
    expect(riscv.inserted).toEqual({ raw: '5/13/2021', date: '2021-05-13', ambiguous: false });
    expect(riscv.verified).toEqual({ raw: '2021-06-01', date: '2021-06-01', ambiguous: false });
    expect(riscv.gsoc).toBe(false);
    expect(riscv.contacts).toEqual([{ name: 'Oleksii Kurochko', email: 'oleksii@example.org' }]);
    expect(riscv.difficulty).toEqual({ raw: 'Hard', min: 'hard', max: 'hard' });
    expect(riscv.skills.tags).toEqual(['C', 'ARM', 'firmware']);
    expect(riscv.description?.text).toBe('Boot Xen on a RISC-V board.');
    expect(riscv.outcomes?.text).toBe('Patches on xen-devel.');
  });

  it('reads a comment signed through a red user link, outside the field text', () => {
    expect(result.ideas[0].comments).toEqual([
      { author: 'newbie', timestamp: '2021-12-31T23:59:00Z', text: 'Is QEMU enough to start?', field: 'description' },
    ]);
  });

  it('keeps an unsigned comment (missing icon file) and warns about it', () => {
    expect(result.ideas[1].comments).toEqual([{ author: null, timestamp: null, text: 'Please add skills.', field: 'description' }]);
    expect(result.ideas[1].description?.text).toBe('An idea whose comment has no signature.');
    expect(result.warnings).toContain('A review comment on "Unsigned review" has no signature.');
  });
});

describe('pages without ideas', () => {
  it('gives no ideas and one warning for an ordinary wiki page', () => {
    const doc = html('<h2 id="About">About</h2><p>Xen is a hypervisor.</p><table><tr><th>Version</th><td>4.19</td></tr></table>');
    expect(looksLikeIdeasPage(doc)).toBe(false);
    const result = parsePage(doc);
    expect(result.ideas).toEqual([]);
    expect(result.warnings).toEqual(['No project ideas found on this page (no heading followed by the ideas template).']);
  });

  it('ignores the template example in <pre> and the table of contents', () => {
    const doc = html(`<div id="toc" class="toc"><h2>Contents</h2><ul><li>Difficulty: Easy</li></ul></div>
      <pre>{{project
|Difficulty=Easy
|Skills=C
}}</pre><h2 id="How">How to add an idea</h2><p>Use the template.</p>`);
    expect(parsePage(doc).ideas).toEqual([]);
  });
});

describe('a hostile page', () => {
  const doc = new JSDOM(hostilePage(), { url: 'https://wiki.xenproject.org/wiki/Hostile' }).window.document;
  const scanned = scanPage(doc);
  const [evil, huge, deep] = scanned.ideas;

  it('keeps markup-looking titles and fields as text', () => {
    expect(scanned.ideas).toHaveLength(3);
    expect(evil.title).toBe(EVIL_TITLE);
    expect(evil.description?.text).toContain(`Text payload: ${TEXT_PAYLOAD}`);
    expect(evil.skills.raw).toBe('<b onmouseover=alert(1)>C</b> and OCaml');
  });

  it('drops the text of live <script> elements and javascript: links', () => {
    expect(evil.difficulty).toEqual({ raw: 'Easy', min: 'easy', max: 'easy' });
    expect(evil.description?.links).toEqual([{ text: 'fine link', href: 'https://example.org/ok' }]);
    expect(JSON.stringify(scanned.ideas)).not.toMatch(/javascript:|__hostileRuns/);
  });

  it('reads a 200 KB field (keeping its first 50,000 characters, with a warning) and 3,000 levels of nesting without failing', () => {
    expect(huge.description?.text).toBe('x'.repeat(50_000));
    expect(scanned.warnings).toContain(`"Huge field": the description is ${BIG_FIELD_CHARS} characters long; kept the first 50000.`);
    expect(deep.description?.text).toBe('Deep text');
    expect(deep.outcomes?.text).toBe('Nothing good');
  });
});
