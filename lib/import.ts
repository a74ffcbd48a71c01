// Reading an Idea Scout JSON export back, with every check done before anything is written. Runs in the
// extension page (the file never reaches the content script); the background validates again on receipt.
// Each failure is one sentence naming the problem, meant to be shown as is.
import { bookmarkId } from './bookmark';
import { findForbiddenKey } from './forbidden-keys';
import { describeIssues, errorMessage } from './errors';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportEnvelope, type DataSet } from './export/json';

/** Real exports are a few hundred KB; 10 MB leaves room for years of drafts and refuses absurd files early. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportResult = { ok: true; data: DataSet; exportedAt: string } | { ok: false; error: string };

export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Refuse a file by its size before reading it. */
export function checkImportSize(bytes: number): string | null {
  if (bytes > MAX_IMPORT_BYTES) {
    return `The file is too large (${describeSize(bytes)}): Idea Scout exports are far smaller, and the limit is ${describeSize(MAX_IMPORT_BYTES)}. Nothing was imported.`;
  }
  if (bytes === 0) return 'The file is empty. Nothing was imported.';
  return null;
}

export function parseImport(text: string): ImportResult {
  const fail = (problem: string): ImportResult => ({ ok: false, error: `${problem} Nothing was imported.` });

  // UTF-16 length is at most the UTF-8 byte count, so this never refuses a file the size check let through.
  const tooBig = checkImportSize(text.length);
  if (tooBig) return { ok: false, error: tooBig };

  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    // V8 quotes the start of the file in its message; the reason alone is enough (and keeps it one line).
    const reason = errorMessage(error).replace(/, ".*$/s, '').slice(0, 160);
    return fail(`The file is not JSON (${reason}).`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('The file is JSON but not an Idea Scout export (expected an object with "format": "idea-scout").');
  }
  const { format, version } = raw as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) {
    const shown = format === undefined ? 'has no "format" field' : `has "format": ${JSON.stringify(format).slice(0, 60)}`;
    return fail(`The file is not an Idea Scout export: it ${shown} (expected "${EXPORT_FORMAT}").`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`The file has no valid "version" (found ${JSON.stringify(version ?? null).slice(0, 40)}).`);
  }
  if (version > EXPORT_VERSION) {
    return fail(
      `The file was written by a newer Idea Scout (format version ${version}); this one reads version ${EXPORT_VERSION}. Update the extension and try again.`,
    );
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden) return fail(`The file contains a "${forbidden.key}" key (at ${forbidden.path}), which Idea Scout never writes.`);

  const parsed = ExportEnvelope.safeParse(raw);
  if (!parsed.success) return fail(`The file does not match the Idea Scout format: ${describeIssues(parsed.error.issues)}.`);

  const inconsistent = findInconsistency(parsed.data);
  if (inconsistent) return fail(`The file is inconsistent: ${inconsistent}.`);
  const { bookmarks, drafts, draftVersions, exportedAt } = parsed.data;
  return { ok: true, data: { bookmarks, drafts, draftVersions }, exportedAt };
}

/** Records must agree with each other: ids as the database builds them, versions of drafts the file holds. */
function findInconsistency({ bookmarks, drafts, draftVersions }: DataSet): string | null {
  const seen = new Set<string>();
  for (const [i, b] of bookmarks.entries()) {
    const id = bookmarkId(b.pageId, b.ideaKey);
    if (b.id !== id) return `bookmarks[${i}].id is not "${id}"`;
    if (seen.has(b.id)) return `bookmarks[${i}] repeats the idea "${b.id}"`;
    seen.add(b.id);
  }
  const draftIds = new Set<string>();
  for (const [i, d] of drafts.entries()) {
    const id = bookmarkId(d.pageId, d.ideaKey);
    if (d.id !== id) return `drafts[${i}].id is not "${id}"`;
    if (draftIds.has(d.id)) return `drafts[${i}] repeats the draft "${d.id}"`;
    draftIds.add(d.id);
  }
  for (const [i, v] of draftVersions.entries()) {
    if (!draftIds.has(v.draftId)) return `draftVersions[${i}] belongs to a draft the file does not hold ("${v.draftId}")`;
  }
  return null;
}
