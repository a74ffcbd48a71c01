// Values longer than any real page writes: the parser cuts them with a warning, the protocol refuses them.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitIdea } from '../../lib/bounds';
import { parsePage } from '../../lib/parse/index';
import { parseRequest } from '../../lib/rpc/protocol';
import { FIXTURE_URL } from './helpers/fixture-pages';
import { OUTREACH_ID, OUTREACH_URL, sampleIdea } from './helpers/ideas';

describe('fitIdea', () => {
  it('leaves an idea within the limits as it is', () => {
    const idea = sampleIdea();
    expect(fitIdea(idea)).toEqual({ idea, cut: [] });
    expect(fitIdea(idea).idea).toBe(idea);
  });

  it('cuts each over-long value and list, and says which', () => {
    const idea = sampleIdea({
      title: 'T'.repeat(600),
      contacts: Array.from({ length: 25 }, (_, i) => ({ name: `Mentor ${i}`, email: i === 0 ? `${'m'.repeat(300)}@example.org` : null })),
      skills: { raw: 'C', tags: ['C', 'x'.repeat(150)] },
      description: { text: 'D'.repeat(60_000), links: [{ text: 'here', href: `https://example.org/${'p'.repeat(3000)}` }] },
    });
    const { idea: fitted, cut } = fitIdea(idea);
    expect(fitted).toEqual({
      ...idea,
      title: 'T'.repeat(512),
      contacts: [
        { name: 'Mentor 0', email: `${'m'.repeat(300)}@example.org`.slice(0, 254) },
        ...Array.from({ length: 19 }, (_, i) => ({ name: `Mentor ${i + 1}`, email: null })),
      ],
      skills: { raw: 'C', tags: ['C', 'x'.repeat(100)] },
      description: { text: 'D'.repeat(50_000), links: [{ text: 'here', href: `https://example.org/${'p'.repeat(3000)}`.slice(0, 2048) }] },
    });
    const title = `"${'T'.repeat(80)}"`;
    expect(cut).toEqual([
      `${title}: the title is 600 characters long; kept the first 512.`,
      `${title}: the technical contacts holds 25 items; kept the first 20.`,
      `${title}: a mentor's address is 312 characters long; kept the first 254.`,
      `${title}: a skill is 150 characters long; kept the first 100.`,
      `${title}: the description is 60000 characters long; kept the first 50000.`,
      `${title}: a link of the description is 3020 characters long; kept the first 2048.`,
    ]);
    expect(idea.title).toHaveLength(600); // the input is not changed
  });
});

describe('the parser on a page with an over-long value', () => {
  it('keeps the start of it, says so in its warnings, and the idea then fits a message', () => {
    const html = readFileSync(new URL('../fixtures/outreach-vector-mw1.31.html', import.meta.url), 'utf8').replace(
      'OVMF is a project to enable UEFI support for virtual machine.',
      `OVMF is a project to enable UEFI support for virtual machine. ${'Very long. '.repeat(6_000)}`,
    );
    const page = parsePage(new JSDOM(html, { url: FIXTURE_URL }).window.document, FIXTURE_URL);
    const ovmf = page.ideas[0];
    expect(ovmf.description!.text).toHaveLength(50_000);
    expect(ovmf.description!.text.startsWith('OVMF is a project to enable UEFI support for virtual machine. Very long. Very long.')).toBe(true);
    expect(page.warnings).toEqual([
      expect.stringMatching(/^"OVMF Compatibility Support Module support in Xen": the description is \d+ characters long; kept the first 50000\.$/),
    ]);
    const set = parseRequest({ type: 'bookmarks.set', pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: ovmf, bookmarked: true });
    expect(set.ok).toBe(true);
  });
});

describe('the protocol', () => {
  it('refuses an idea with a value over its limit, naming the field', () => {
    const message = (idea: object) => parseRequest({ type: 'bookmarks.set', pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea, bookmarked: true });
    expect(message(sampleIdea({ title: 'T'.repeat(513) }))).toEqual({
      ok: false,
      error: 'Invalid "bookmarks.set" message: idea.title: must have at most 512 characters',
    });
    expect(message(sampleIdea({ comments: Array.from({ length: 201 }, () => ({ author: null, timestamp: null, text: '', field: 'review' })) }))).toEqual({
      ok: false,
      error: 'Invalid "bookmarks.set" message: idea.comments: must have at most 200 items',
    });
  });
});
