// Import validation: every wrong or hostile file is refused with a sentence naming the problem, before
// anything is written; a valid file comes back as data.
import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/export/json';
import { checkImportSize, MAX_IMPORT_BYTES, parseImport } from '../../lib/import';
import { sampleBookmark, sampleDraft, sampleVersion } from './helpers/shortlist';

const bookmark = sampleBookmark();
const draft = sampleDraft(bookmark);
const valid = JSON.parse(toJson({ bookmarks: [bookmark], drafts: [draft], draftVersions: [sampleVersion(draft)] }, '2025-04-02T10:00:00.000Z')) as Record<string, unknown>;
// The cases break an export file on purpose, field by field, so the file is untyped here.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return */
const withChange = (change: (file: any) => void) => {
  const file = structuredClone(valid) as any;
  change(file);
  return JSON.stringify(file);
};

function errorOf(text: string): string {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('parseImport', () => {
  it('accepts an export', () => {
    const result = parseImport(JSON.stringify(valid));
    expect(result.ok && result.data.bookmarks).toEqual([bookmark]);
    expect(result.ok && result.exportedAt).toBe('2025-04-02T10:00:00.000Z');
  });

  it('accepts a byte-order mark and fields a later 1.x writer may add', () => {
    expect(parseImport('\ufeff' + withChange((f) => (f.app = 'Idea Scout 0.2.0'))).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'name,title\nfoo,bar', /^The file is not JSON \(Unexpected token 'a'\)\. Nothing was imported\.$/],
    ['cut-off JSON', JSON.stringify(valid).slice(0, 200), /^The file is not JSON \(.+\)\. Nothing was imported\.$/],
    ['JSON but an array', '[1,2,3]', /^The file is JSON but not an Idea Scout export/],
    ['another program\'s JSON', '{"bookmarks":[]}', /^The file is not an Idea Scout export: it has no "format" field \(expected "idea-scout"\)\./],
    ['another format', withChange((f) => (f.format = 'pocket-export')), /it has "format": "pocket-export" \(expected "idea-scout"\)/],
    ['a future version', withChange((f) => (f.version = 2)), /written by a newer Idea Scout \(format version 2\); this one reads version 1\. Update the extension/],
    ['no version', withChange((f) => delete f.version), /has no valid "version" \(found null\)/],
    ['a missing field', withChange((f) => delete f.bookmarks[0].title), /does not match the Idea Scout format: bookmarks\[0\]\.title: expected string\./],
    ['a missing list', withChange((f) => delete f.drafts), /drafts: expected array/],
    ['a wrong type deep inside', withChange((f) => (f.bookmarks[0].idea.contacts[0].name = 7)), /bookmarks\[0\]\.idea\.contacts\[0\]\.name: expected string/],
    ['an unknown progress', withChange((f) => (f.bookmarks[0].progress = 'hired')), /bookmarks\[0\]\.progress: expected one of "interested", "contacted", "task-done", "applied"/],
    ['an over-long note', withChange((f) => (f.bookmarks[0].note = 'x'.repeat(20_001))), /bookmarks\[0\]\.note: must have at most 20000 characters/],
    ['an id that does not match', withChange((f) => (f.bookmarks[0].id = 'Other#x')), /inconsistent: bookmarks\[0\]\.id is not "Outreach_Program_Projects#pv-grant-table"/],
    ['a repeated idea', withChange((f) => f.bookmarks.push(f.bookmarks[0])), /bookmarks\[1\] repeats the idea/],
    ['a version of no draft', withChange((f) => (f.draftVersions[0].draftId = 'X#y')), /draftVersions\[0\] belongs to a draft the file does not hold/],
  ])('refuses %s', (_, text, message) => {
    const error = errorOf(text);
    expect(error).toMatch(message);
    expect(error).toMatch(/Nothing was imported\.$/);
  });

  it('refuses __proto__ keys anywhere, naming where, and pollutes nothing', () => {
    const top = JSON.stringify(valid).replace('{', '{"__proto__":{"polluted":true},');
    expect(errorOf(top)).toBe('The file contains a "__proto__" key (at the top level), which Idea Scout never writes. Nothing was imported.');
    const deep = withChange((f) => (f.bookmarks[0].idea = JSON.parse(JSON.stringify(f.bookmarks[0].idea).replace('{', '{"__proto__":{"polluted":true},'))));
    expect(errorOf(deep)).toContain('"__proto__" key (at bookmarks[0].idea)');
    expect(errorOf(withChange((f) => (f.drafts[0].constructor = { prototype: {} })))).toContain('"constructor" key (at drafts[0])');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 50 MB file before parsing it', () => {
    const huge = withChange((f) => (f.drafts[0].text = 'x'.repeat(50 * 1024 * 1024)));
    expect(errorOf(huge)).toMatch(/^The file is too large \(50\.0 MB\): Idea Scout exports are far smaller, and the limit is 10\.0 MB\. Nothing was imported\.$/);
    expect(checkImportSize(50 * 1024 * 1024)).toMatch(/too large \(50\.0 MB\)/);
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(0)).toBe('The file is empty. Nothing was imported.');
  });

  it('refuses a long string within the size limit by the field limits', () => {
    expect(errorOf(withChange((f) => (f.drafts[0].text = 'x'.repeat(300_000))))).toMatch(/drafts\[0\]\.text: must have at most 200000 characters/);
  });

  it('refuses any over-long value of a bookmarked idea, naming the field', () => {
    const cases: [(f: any) => void, string][] = [
      [(f) => (f.bookmarks[0].idea.title = 't'.repeat(513)), 'bookmarks[0].idea.title: must have at most 512 characters'],
      [(f) => (f.bookmarks[0].title = 't'.repeat(513)), 'bookmarks[0].title: must have at most 512 characters'],
      [(f) => (f.bookmarks[0].idea.description = { text: 'd'.repeat(50_001), links: [] }), 'bookmarks[0].idea.description.text: must have at most 50000 characters'],
      [(f) => (f.bookmarks[0].idea.contacts = Array.from({ length: 21 }, () => ({ name: 'A', email: null }))), 'bookmarks[0].idea.contacts: must have at most 20 items'],
      [(f) => (f.bookmarks[0].idea.contacts = [{ name: 'A', email: `${'a'.repeat(250)}@x.org` }]), 'bookmarks[0].idea.contacts[0].email: must have at most 254 characters'],
      [(f) => (f.bookmarks[0].idea.skills.tags = ['s'.repeat(101)]), 'bookmarks[0].idea.skills.tags[0]: must have at most 100 characters'],
      [(f) => (f.bookmarks[0].idea.comments = [{ author: null, timestamp: null, field: 'review', text: 'c'.repeat(5_001) }]), 'bookmarks[0].idea.comments[0].text: must have at most 5000 characters'],
      [(f) => (f.bookmarks[0].note = 'n'.repeat(20_001)), 'bookmarks[0].note: must have at most 20000 characters'],
    ];
    for (const [change, field] of cases) {
      expect(errorOf(withChange(change))).toBe(`The file does not match the Idea Scout format: ${field}. Nothing was imported.`);
    }
  });

  it('survives deep nesting without a stack overflow', () => {
    const deep = JSON.stringify(valid).replace('"format"', `"extra":${'['.repeat(5000)}${']'.repeat(5000)},"format"`);
    expect(parseImport(deep).ok).toBe(true); // unknown fields are dropped by the schema
  });
});
