// A bookmarked idea as stored in the extension's database and sent over RPC. It keeps a snapshot of the
// parsed idea, so the shortlist stays readable when the wiki page changes or the wiki is offline.
import * as z from 'zod/mini';
import { Idea } from './idea';

/** Bounded strings: a message is data from another context, so nothing in it may be unbounded. */
export const PageId = z.string().check(z.minLength(1), z.maxLength(512));
export const IdeaKey = z.string().check(z.minLength(1), z.maxLength(512));
export const PageUrl = z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//, 'must be an http(s) URL'));
/** ISO 8601 timestamp as written by `new Date().toISOString()`. */
export const Timestamp = z.string().check(z.maxLength(32));

export const Bookmark = z.object({
  /** `${pageId}#${ideaKey}`: one bookmark per idea per page. A page id never holds `#`. */
  id: z.string(),
  pageId: PageId,
  /** The URL the idea was bookmarked from (as the browser showed it). */
  pageUrl: PageUrl,
  ideaKey: IdeaKey,
  /** Copies of idea.anchor and idea.title, so lists need not open the snapshot. */
  anchor: z.string(),
  title: z.string(),
  idea: Idea,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export type PageId = z.infer<typeof PageId>;
export type Bookmark = z.infer<typeof Bookmark>;

export function bookmarkId(pageId: string, ideaKey: string): string {
  return `${pageId}#${ideaKey}`;
}
