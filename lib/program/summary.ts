// What the "All ideas pages" view says about its data and its updates, in words. Pure.
import { formatLocalDateTime } from '../review';
import { plural } from '../text';
import type { Catalogue } from './catalogue';
import type { PageCopy } from './page-copy';
import type { UpdateProgress, UpdateReport } from './update';

/** "152 ideas on 12 pages": each idea once, on the pages counted. */
export function statusLine(catalogue: Pick<Catalogue, 'ideas' | 'pages'>): string {
  return `${plural(catalogue.ideas.length, 'idea')} on ${plural(catalogue.pages.length, 'page')}`;
}

/** "Reading 3 of 12 pages…": the page being read, counting from 1 (two may be read at once). */
export function progressText(progress: UpdateProgress): string {
  switch (progress.phase) {
    case 'finding':
      return 'Finding the ideas pages…';
    case 'checking':
      return `Checking ${plural(progress.pages, 'page')} for changes…`;
    case 'reading':
      return progress.total === 0 ? 'No page has changed.' : `Reading ${Math.min(progress.done + 1, progress.total)} of ${plural(progress.total, 'page')}…`;
  }
}

/** After an update: what was read, what was unchanged, what was dropped. Failures are listed apart. */
export function reportText(report: UpdateReport): string {
  const parts: string[] = [];
  if (report.read.length) parts.push(`${plural(report.read.length, 'page')} read`);
  if (report.unchanged) parts.push(`${plural(report.unchanged, 'page')} unchanged`);
  if (report.removed.length) parts.push(`${plural(report.removed.length, 'page')} no longer ${report.removed.length === 1 ? 'uses' : 'use'} the ideas template: ${report.removed.join(', ')}`);
  return parts.length ? `Updated from the wiki: ${parts.join(', ')}.` : 'Updated from the wiki.';
}

/** The last time the wiki answered for the pages shown: the newest check of a page with a copy. */
export function lastReadAt(copies: readonly PageCopy[]): string | null {
  let latest: string | null = null;
  for (const copy of copies) if (copy.readAt && (!latest || copy.checkedAt > latest)) latest = copy.checkedAt;
  return latest;
}

/** "Read from the wiki on 1 December 2026, 10:00" in the reader's time zone. */
export function readAtText(iso: string): string {
  return `Read from the wiki on ${formatLocalDateTime(iso) ?? iso}`;
}
