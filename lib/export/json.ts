// The JSON export: everything (shortlist, drafts, their history) in a versioned envelope. The envelope's zod
// schema is the contract for import (lib/import.ts) and for the `data.import` message.
import * as z from 'zod/mini';
import { Bookmark, Timestamp } from '../bookmark';
import { Draft, DraftVersion, VERSIONS_KEPT } from '../draft';

export const EXPORT_FORMAT = 'idea-scout';
/** Bump when the envelope changes in a way older code cannot read; import refuses newer versions. */
export const EXPORT_VERSION = 1;

/** Far above any real shortlist, low enough that a hostile file cannot make us loop for minutes. */
export const MAX_ITEMS = 5_000;

/** What an export holds besides its envelope fields, and what `data.import` carries. */
export const DataSet = z.object({
  bookmarks: z.array(Bookmark).check(z.maxLength(MAX_ITEMS)),
  drafts: z.array(Draft).check(z.maxLength(MAX_ITEMS)),
  draftVersions: z.array(DraftVersion).check(z.maxLength(MAX_ITEMS * VERSIONS_KEPT)),
});

export const ExportEnvelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: Timestamp,
  bookmarks: DataSet.shape.bookmarks,
  drafts: DataSet.shape.drafts,
  draftVersions: DataSet.shape.draftVersions,
});

export type DataSet = z.infer<typeof DataSet>;
export type ExportEnvelope = z.infer<typeof ExportEnvelope>;

export function exportEnvelope(data: DataSet, exportedAt: string): ExportEnvelope {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    bookmarks: data.bookmarks,
    drafts: data.drafts,
    draftVersions: data.draftVersions,
  };
}

export function toJson(data: DataSet, exportedAt: string): string {
  return JSON.stringify(exportEnvelope(data, exportedAt), null, 2) + '\n';
}

const Count = z.int().check(z.gte(0));
const Counts = z.object({ added: Count, updated: Count, unchanged: Count });

/** What an import did, per kind of record: nothing is dropped without being counted here. */
export const ImportReport = z.object({
  bookmarks: Counts,
  drafts: Counts,
  /** `dropped`: older versions beyond the 20 kept per draft. */
  versions: z.object({ added: Count, updated: Count, unchanged: Count, dropped: Count }),
});
export type ImportReport = z.infer<typeof ImportReport>;
