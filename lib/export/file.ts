// Export files as they are downloaded: name, content and type, for each format.
import { toCsv } from './csv';
import { toJson, type DataSet } from './json';
import { toMarkdown } from './markdown';

export type ExportKind = 'md' | 'csv' | 'json';

export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

/** "2025-03-01" for file names, in local time as the person reads dates. */
export function dateStamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The export of `data` in one format, named with the day it was made. */
export function exportFile(kind: ExportKind, data: DataSet, now: Date): ExportFile {
  const stamp = dateStamp(now);
  switch (kind) {
    case 'md':
      return { name: `idea-scout-shortlist-${stamp}.md`, text: toMarkdown(data.bookmarks, now.toISOString()), type: 'text/markdown;charset=utf-8' };
    case 'csv':
      return { name: `idea-scout-shortlist-${stamp}.csv`, text: toCsv(data.bookmarks, data.drafts), type: 'text/csv;charset=utf-8' };
    case 'json':
      return { name: `idea-scout-${stamp}.json`, text: toJson(data, now.toISOString()), type: 'application/json' };
  }
}
