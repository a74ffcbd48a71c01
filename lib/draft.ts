// An application draft: one per idea, keyed like its bookmark, with a bounded history of earlier versions.
// zod/mini so the RPC protocol (which the content script imports for types) stays small.
import * as z from 'zod/mini';
import { IdeaKey, PageId, Timestamp } from './bookmark';

/** A long application is about 20,000 characters; ten times that is still a draft, more is not. */
export const DRAFT_TEXT_MAX = 200_000;
/** How many versions of each draft are kept. */
export const VERSIONS_KEPT = 20;

export const DraftId = z.string().check(z.minLength(1), z.maxLength(1100));
export const DraftText = z.string().check(z.maxLength(DRAFT_TEXT_MAX));
/** The tag the page asks for in mail subjects, e.g. "OPW 2014". */
export const SubjectTag = z.string().check(z.maxLength(200));
/** Identifies one opening of an editor; a session's saves update one version instead of adding many. */
export const SessionId = z.string().check(z.minLength(1), z.maxLength(100));

export const Draft = z.object({
  /** The bookmark id of the idea: `${pageId}#${ideaKey}`. The draft outlives an unbookmarking. */
  id: DraftId,
  pageId: PageId,
  ideaKey: IdeaKey,
  /** The idea's title at the last save, so the draft stays named without its bookmark. */
  title: z.string().check(z.maxLength(2000)),
  text: DraftText,
  subjectTag: SubjectTag,
  createdAt: Timestamp,
  /** When the text was last edited (the editing view's clock): the newer write wins. */
  updatedAt: Timestamp,
});

export const DraftVersion = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  draftId: DraftId,
  text: DraftText,
  subjectTag: SubjectTag,
  session: SessionId,
  createdAt: Timestamp,
  /** The last save that went into this version. */
  savedAt: Timestamp,
});

export type Draft = z.infer<typeof Draft>;
export type DraftVersion = z.infer<typeof DraftVersion>;

/** Words as a person counts them: runs of letters/digits, so Markdown marks and dashes do not count. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
}

/** What an ideas page asks of applicants, read by the content script on each visit. */
export const PageAdvice = z.object({
  pageId: PageId,
  /** "OPW 2014" from "Make sure you add OPW 2014 to the subject line". */
  subjectTag: SubjectTag,
  seenAt: Timestamp,
});
export type PageAdvice = z.infer<typeof PageAdvice>;
