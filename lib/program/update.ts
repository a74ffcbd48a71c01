// "Update from the wiki": find every page that uses the ideas template, ask which changed since they were read
// (one revisions query per 50 pages), and read again only those, two at a time. Each page is saved as soon as it
// is read; a page that fails keeps its earlier copy, with the error beside it. Pure: the API, the parser and the
// storage are handed in.
import type { Idea } from '../idea';
import { bounded, MAX_WARNINGS, type PageCopy } from './page-copy';
import { MAX_CONCURRENT, REVISION_BATCH, type PageRef, type RevisionInfo, type WikiApi } from './wiki-api';
import { errorMessage } from '../errors';

export interface UpdateDeps {
  api: WikiApi;
  /** The parser's version: a copy read by another is read again. */
  parser: string;
  /** Reads the ideas of a page's rendered HTML (`title` as the API names the page). */
  readIdeas(html: string, title: string): Promise<{ ideas: Idea[]; warnings: string[] }>;
  /** Stores one page's copy (new, re-read, or with its error). */
  save(copy: PageCopy): Promise<void>;
  /** Stores that these pages were checked and found unchanged (with their current titles). */
  markChecked(pages: PageRef[], at: string): Promise<void>;
  /** Drops the copies of pages that no longer use the template. */
  remove(pageids: number[]): Promise<void>;
  now(): string;
  onProgress(progress: UpdateProgress): void;
}

export type UpdateProgress =
  | { phase: 'finding' }
  | { phase: 'checking'; pages: number }
  /** `done` pages of `total` read so far (failed ones included). */
  | { phase: 'reading'; done: number; total: number };

export interface UpdateReport {
  /** When the update started. */
  at: string;
  /** The update could not start (the wiki unreachable, or it listed no page): nothing stored was changed. */
  error: string | null;
  /** Pages read (new or changed). */
  read: string[];
  unchanged: number;
  /** Pages that could not be read or checked, with the error; their earlier copies are kept. */
  failed: Array<{ title: string; error: string }>;
  /** Pages that no longer use the template, whose copies were dropped. */
  removed: string[];
}

export async function updateFromWiki(stored: readonly PageCopy[], deps: UpdateDeps): Promise<UpdateReport> {
  const at = deps.now();
  const report: UpdateReport = { at, error: null, read: [], unchanged: 0, failed: [], removed: [] };
  const byId = new Map(stored.map((copy) => [copy.pageid, copy]));

  deps.onProgress({ phase: 'finding' });
  let pages: PageRef[];
  try {
    pages = await deps.api.pagesUsingTemplate();
  } catch (error) {
    return { ...report, error: errorMessage(error) };
  }
  if (!pages.length && stored.length) {
    return { ...report, error: 'The wiki lists no page using the ideas template; what was read before is kept.' };
  }

  deps.onProgress({ phase: 'checking', pages: pages.length });
  const toRead: Array<{ page: PageRef; revision: RevisionInfo | null }> = [];
  const unchanged: PageRef[] = [];
  for (let start = 0; start < pages.length; start += REVISION_BATCH) {
    const batch = pages.slice(start, start + REVISION_BATCH);
    let revisions: Map<number, RevisionInfo>;
    try {
      revisions = await deps.api.latestRevisions(batch.map((page) => page.pageid));
    } catch (error) {
      const message = `Could not check for changes: ${errorMessage(error)}`;
      for (const page of batch) await fail(page, message);
      continue;
    }
    for (const page of batch) {
      const revision = revisions.get(page.pageid);
      if (!revision) continue; // deleted since it was listed
      const copy = byId.get(page.pageid);
      const current = copy && copy.readAt !== null && copy.error === null && copy.revid === revision.revid && copy.parser === deps.parser;
      if (current) unchanged.push({ pageid: page.pageid, title: revision.title || page.title });
      else toRead.push({ page: { pageid: page.pageid, title: revision.title || page.title }, revision });
    }
  }
  if (unchanged.length) await deps.markChecked(unchanged, at);
  report.unchanged = unchanged.length;

  const listed = new Set(pages.map((page) => page.pageid));
  const gone = stored.filter((copy) => !listed.has(copy.pageid));
  if (gone.length) {
    await deps.remove(gone.map((copy) => copy.pageid));
    report.removed = gone.map((copy) => copy.title);
  }

  let done = 0;
  deps.onProgress({ phase: 'reading', done, total: toRead.length });
  const queue = [...toRead];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await read(next.page, next.revision);
      deps.onProgress({ phase: 'reading', done: ++done, total: toRead.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAX_CONCURRENT, queue.length) }, worker));
  return report;

  async function read(page: PageRef, revision: RevisionInfo | null): Promise<void> {
    try {
      const parsed = await deps.api.parsePage(page.pageid);
      const { ideas, warnings } = await deps.readIdeas(parsed.html, parsed.title || page.title);
      await deps.save({
        pageid: page.pageid,
        title: parsed.title || page.title,
        revid: parsed.revid,
        // The revisions query named the revision it saw; a newer one parsed meanwhile has no known date.
        revisedAt: revision && revision.revid === parsed.revid ? revision.timestamp || null : null,
        readAt: deps.now(),
        checkedAt: at,
        parser: deps.parser,
        ideas,
        warnings: warnings.slice(0, MAX_WARNINGS).map(bounded),
        error: null,
      });
      report.read.push(parsed.title || page.title);
    } catch (error) {
      await fail(page, errorMessage(error));
    }
  }

  /** Keeps the earlier copy (if any) and records the error beside it. */
  async function fail(page: PageRef, message: string): Promise<void> {
    report.failed.push({ title: page.title, error: message });
    const earlier = byId.get(page.pageid);
    const copy: PageCopy = earlier
      ? { ...earlier, error: { message: bounded(message), at } }
      : { pageid: page.pageid, title: page.title, revid: null, revisedAt: null, readAt: null, checkedAt: at, parser: deps.parser, ideas: [], warnings: [], error: { message: bounded(message), at } };
    try {
      await deps.save(copy);
    } catch {
      // The error stays in the report; the earlier copy is still stored as it was.
    }
  }
}

