// One ideas page as read from the wiki's API and kept in the extension's database: its ideas, the revision they
// come from and when they were read, and the last error met reading it. Every string and list is bounded: the
// record crosses the RPC from an extension page to the background.
import * as z from 'zod/mini';
import { Timestamp } from '../bookmark';
import { Idea } from '../idea';

/** A page of the program holds a few hundred ideas at most; 2,000 leaves room and still bounds the record. */
export const MAX_IDEAS_PER_PAGE = 2000;
/** The ideas of one page, as JSON: a 50-idea page is about 100 KB. */
export const MAX_IDEAS_CHARS = 8_000_000;
export const MAX_WARNINGS = 200;
export const MESSAGE_CHARS = 500;
/** MediaWiki titles are at most 255 bytes. */
export const TITLE_CHARS = 512;

export const WikiPageId = z.int().check(z.gte(1), z.lte(Number.MAX_SAFE_INTEGER));
export const WikiTitle = z.string().check(z.minLength(1), z.maxLength(TITLE_CHARS));
const Message = z.string().check(z.maxLength(MESSAGE_CHARS));

export const PageCopy = z.object({
  /** MediaWiki's page id: stays the same when the page is renamed. */
  pageid: WikiPageId,
  /** As the API gives it: "Archived/GSoC 2014 Ideas". */
  title: WikiTitle,
  /** The revision the ideas were read from; null when the page could never be read. */
  revid: z.nullable(z.int().check(z.gte(0))),
  /** When that revision was made (from the revisions query), if known. */
  revisedAt: z.nullable(Timestamp),
  /** When the ideas were read; null when never. */
  readAt: z.nullable(Timestamp),
  /** The last time the wiki was asked about this page, whether or not it had changed. */
  checkedAt: Timestamp,
  /** Which parser read the ideas: a page read by another version is read again. */
  parser: z.string().check(z.maxLength(64)),
  ideas: z.array(Idea).check(
    z.maxLength(MAX_IDEAS_PER_PAGE),
    z.refine((ideas) => JSON.stringify(ideas).length <= MAX_IDEAS_CHARS, `the ideas must take at most ${MAX_IDEAS_CHARS} characters`),
  ),
  warnings: z.array(Message).check(z.maxLength(MAX_WARNINGS)),
  /** Set when the last attempt to read the page failed: the ideas above are the earlier copy, if any. */
  error: z.nullable(z.object({ message: Message, at: Timestamp })),
});
export type PageCopy = z.infer<typeof PageCopy>;

/** `Archived/…` pages hold earlier years' ideas: left out of the view unless asked for. */
export function isArchived(title: string): boolean {
  return /^Archived\//i.test(title);
}

/** Warnings and messages cut to what the record holds. */
export function bounded(text: string): string {
  return text.length <= MESSAGE_CHARS ? text : `${text.slice(0, MESSAGE_CHARS - 1)}…`;
}
