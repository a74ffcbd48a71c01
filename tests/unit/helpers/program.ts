// Page copies of the test wiki (tests/support/program-wiki.ts), read once per test file through the real update.
import { JSDOM } from 'jsdom';
import type { PageCopy } from '../../../lib/program/page-copy';
import { readIdeas } from '../../../lib/program/read-page';
import { updateFromWiki } from '../../../lib/program/update';
import { createWikiApi } from '../../../lib/program/wiki-api';
import { TaskSlicer } from '../../../lib/slices';
import { programWiki } from '../../support/program-wiki';

export const READ_AT = '2026-12-01T10:00:00.000Z';

export async function programCopies(now = new Date(READ_AT)): Promise<PageCopy[]> {
  const wiki = programWiki(now);
  const copies: PageCopy[] = [];
  await updateFromWiki([], {
    api: createWikiApi({ fetch: wiki.fetch, sleep: async () => {}, userAgent: 'IdeaScout/test' }),
    parser: 'test',
    readIdeas: (html, title) => readIdeas(html, title, { parseHtml: (text) => new JSDOM(text).window.document, slicer: new TaskSlicer(() => Promise.resolve()) }),
    save: (copy) => {
      copies.push(copy);
      return Promise.resolve();
    },
    markChecked: () => Promise.resolve(),
    remove: () => Promise.resolve(),
    now: () => READ_AT,
    onProgress: () => {},
  });
  return copies.sort((a, b) => a.pageid - b.pageid);
}
