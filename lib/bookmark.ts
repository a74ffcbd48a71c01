// A bookmarked idea as stored in the extension's database and sent over RPC. It keeps a snapshot of the
// parsed idea, so the shortlist stays readable when the wiki page changes or the wiki is offline.
import * as z from 'zod/mini';
import { Idea } from './idea';
import { IDEA_LIMITS } from './limits';

/** Bounded strings: a message is data from another context, so nothing in it may be unbounded. */
export const PageId = z.string().check(z.minLength(1), z.maxLength(512));
export const IdeaKey = z.string().check(z.minLength(1), z.maxLength(IDEA_LIMITS.key));
export const PageUrl = z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//, 'must be an http(s) URL'));
/** `${pageId}#${ideaKey}`. */
export const BookmarkId = z.string().check(z.minLength(1), z.maxLength(1100));
export const IdeaTitle = z.string().check(z.maxLength(IDEA_LIMITS.title));
export const Anchor = z.string().check(z.maxLength(IDEA_LIMITS.anchor));
/** How many ideas a bookmark offers the student when the wiki renamed more than one that could be it. */
export const MAX_RENAME_CANDIDATES = 20;
/** ISO 8601 timestamp as written by `new Date().toISOString()`. */
export const Timestamp = z.string().check(z.maxLength(32));

/** Where the student is with an idea (schema v2). Labels for people live in lib/shortlist.ts. */
export const PROGRESS = ['interested', 'contacted', 'task-done', 'applied'] as const;
export const Progress = z.enum(PROGRESS);
export const Note = z.string().check(z.maxLength(20_000));

export const Bookmark = z.object({
  /** `${pageId}#${ideaKey}`: one bookmark per idea per page. A page id never holds `#`. */
  id: BookmarkId,
  pageId: PageId,
  /** The URL the idea was bookmarked from (as the browser showed it). */
  pageUrl: PageUrl,
  ideaKey: IdeaKey,
  /** Copies of idea.anchor and idea.title, so lists need not open the snapshot. */
  anchor: Anchor,
  title: IdeaTitle,
  idea: Idea,
  createdAt: Timestamp,
  /** Last change of anything in the record (snapshot, rank, progress, note): imports merge by it. */
  updatedAt: Timestamp,
  // Shortlist fields (schema v2; v1 records are given defaults by the upgrade).
  /** Position on the shortlist: lower comes first. Gaps are fine; only the order matters. */
  rank: z.int().check(z.gte(0)),
  progress: Progress,
  note: Note,
  /** Set when a visit to the page no longer finds the idea; the snapshot keeps it readable. */
  missingSince: z.optional(z.nullable(Timestamp)),
  /**
   * Schema v4: the wiki renamed the idea and the bookmark (with its draft) followed it from this key and title,
   * at this time. Kept so the shortlist can say so and undo it.
   */
  renamedFrom: z.optional(z.nullable(z.object({ ideaKey: IdeaKey, title: IdeaTitle, anchor: Anchor, at: Timestamp }))),
  /**
   * Schema v4: the wiki renamed ideas of the page and more than one could be this one: the student picks. Until
   * then the bookmark stays under its old key.
   */
  renameCandidates: z.optional(
    z.nullable(z.array(z.object({ ideaKey: IdeaKey, title: IdeaTitle, anchor: Anchor })).check(z.maxLength(MAX_RENAME_CANDIDATES))),
  ),
});

export type PageId = z.infer<typeof PageId>;
export type Progress = z.infer<typeof Progress>;
export type Bookmark = z.infer<typeof Bookmark>;

export function bookmarkId(pageId: string, ideaKey: string): string {
  return `${pageId}#${ideaKey}`;
}
