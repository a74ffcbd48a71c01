// The catalogue of messages the content script and extension pages send to the background, which owns the
// database. Pure and zod/mini only: the content script imports this file (for types; see client.ts).
//
// Adding a message = one entry in MESSAGES, declaring who may send it (`message(payload, result, { from })`, see
// lib/rpc/senders.ts), plus its handler in entrypoints/background/handlers/ (the compiler insists on the handler;
// tests/unit/rpc-senders.test.ts on the declaration).
import * as z from 'zod/mini';
import { Bookmark, BookmarkId, IdeaKey, Note, PageId, PageUrl, Progress, Timestamp } from '../bookmark';
import { Draft, DraftId, DraftText, DraftVersion, PageAdvice, SessionId, SubjectTag } from '../draft';
import { DataSet, ImportReport, MAX_ITEMS } from '../export/json';
import { describeIssues } from '../errors';
import { findForbiddenKey } from '../forbidden-keys';
import { Idea } from '../idea';
import { SyncStatus } from '../sync/status';
import { message } from './message';
import { PROGRAM_MESSAGES } from './program-messages';
import { VISIT_MESSAGES } from './visit-messages';

const PAGES = ['extension-pages'] as const;

const Count = z.int().check(z.gte(0));
const StorageUsage = z.object({
  bookmarks: Count,
  drafts: Count,
  draftVersions: Count,
  cachedPages: Count,
  cachedBytes: Count,
  usedBytes: z.nullable(z.number()),
  limits: z.object({ pages: Count, bytes: Count }),
});
const PAGES_AND_WIKI = ['extension-pages', 'wiki-page'] as const;
const WIKI = ['wiki-page'] as const;

export const MESSAGES = {
  /** All bookmarks (or those of one page), oldest first. */
  'bookmarks.list': message({ pageId: z.optional(PageId) }, z.array(Bookmark), { from: PAGES_AND_WIKI, readOnly: true }),
  /** One idea's bookmark, or null when it is not bookmarked. */
  'bookmarks.get': message({ pageId: PageId, ideaKey: IdeaKey }, z.nullable(Bookmark), { from: PAGES_AND_WIKI, readOnly: true }),
  /** Bookmark (refreshing the snapshot) or unbookmark an idea; replies with the bookmark, or null after removal. */
  'bookmarks.set': message(
    { pageId: PageId, pageUrl: PageUrl, idea: Idea, bookmarked: z.boolean() },
    z.nullable(Bookmark),
    { from: PAGES_AND_WIKI },
  ),

  // Shortlist, drafts, export/import: extension pages only, except pageAdvice.set and dashboard.open.
  /** Put the shortlist in this order (bookmark ids); ids not given keep their order after these. Replies with the list. */
  'shortlist.reorder': message({ ids: z.array(z.string().check(z.maxLength(1100))).check(z.maxLength(MAX_ITEMS)) }, z.array(Bookmark), { from: PAGES }),
  /** Change an idea's progress and/or note. */
  'shortlist.update': message(
    { id: z.string().check(z.maxLength(1100)), progress: z.optional(Progress), note: z.optional(Note) },
    Bookmark,
    { from: PAGES },
  ),
  /** Put a bookmark the wiki's rename moved (and its draft) back under the idea's earlier key. */
  'shortlist.undoRename': message({ id: BookmarkId }, Bookmark, { from: PAGES }),
  /** Answer which renamed idea a bookmark is (one of its renameCandidates), or null: none of them. */
  'shortlist.pickRename': message({ id: BookmarkId, ideaKey: z.nullable(IdeaKey) }, Bookmark, { from: PAGES }),
  'drafts.list': message({}, z.array(Draft), { from: PAGES }),
  'drafts.get': message({ id: DraftId }, z.nullable(Draft), { from: PAGES }),
  /** Save a draft unless a newer edit is stored (`stale`: the reply carries the stored, newer draft). */
  'drafts.save': message(
    {
      pageId: PageId,
      ideaKey: IdeaKey,
      title: z.string().check(z.maxLength(2000)),
      text: DraftText,
      subjectTag: SubjectTag,
      /** When the person typed it, in the view: the newer edit wins. */
      editedAt: Timestamp,
      session: SessionId,
    },
    z.object({ draft: Draft, stale: z.boolean() }),
    { from: PAGES },
  ),
  /** A draft's history, newest first. */
  'drafts.versions': message({ id: DraftId }, z.array(DraftVersion), { from: PAGES }),
  /** Make an earlier version the current text (the text it replaces stays in history). */
  'drafts.restore': message(
    { id: DraftId, versionId: z.string().check(z.maxLength(100)), editedAt: Timestamp },
    Draft,
    { from: PAGES },
  ),
  /** Everything, for the JSON export. */
  'data.export': message({}, DataSet, { from: PAGES }),
  /** Merge an export's records (validated by lib/import.ts in the page, and here again). */
  'data.import': message(DataSet.shape, ImportReport, { from: PAGES }),
  'pageAdvice.get': message({ pageId: PageId }, z.nullable(PageAdvice), { from: PAGES }),
  'pageAdvice.set': message({ pageId: PageId, subjectTag: SubjectTag }, z.null(), { from: WIKI }),
  /** Open the shortlist page in a new tab (optionally at one idea's draft). */
  'dashboard.open': message({ ideaId: z.optional(DraftId) }, z.null(), { from: PAGES_AND_WIKI, readOnly: true }),

  /** How much Idea Scout stores: the student's records, and the page data it caches (lib/cached-pages.ts). */
  'storage.usage': message({}, StorageUsage, { from: PAGES, readOnly: true }),
  /** Drop all cached page data (visit snapshots, kept scans); bookmarks and drafts stay. Replies how many pages had some. */
  'storage.clearCache': message({}, z.object({ pages: z.int() }), { from: PAGES }),

  // Sync through the browser's storage.sync (extension pages).
  /** Whether the shortlist syncs here, and what did not sync. */
  'sync.status': message({}, SyncStatus, { from: PAGES, readOnly: true }),
  /** The setting "Sync my shortlist across my browsers"; off removes the shortlist from storage.sync. */
  'sync.setEnabled': message({ enabled: z.boolean() }, SyncStatus, { from: PAGES }),

  // Since your last visit, and the review queue.
  ...VISIT_MESSAGES,

  // All ideas pages. Sent by extension pages only.
  ...PROGRAM_MESSAGES,
};

type Catalogue = typeof MESSAGES;
export type MessageType = keyof Catalogue;
/** What a caller passes (besides `type`). */
export type Payload<T extends MessageType> = z.input<Catalogue[T]['payload']>;
/** The payload after validation, as handlers receive it. */
export type ParsedPayload<T extends MessageType> = z.output<Catalogue[T]['payload']>;
/** The value a successful reply carries. */
export type Result<T extends MessageType> = z.output<Catalogue[T]['result']>;

/** A request on the wire: `{ type, ...payload }`. */
export type Request<T extends MessageType = MessageType> = { [K in T]: { type: K } & Payload<K> }[T];
/** A validated request, split so handlers get just their payload. */
export type ParsedRequest = { [K in MessageType]: { type: K; payload: ParsedPayload<K> } }[MessageType];

/** Every reply: the value, or an error message meant for the caller (and, through it, the person). */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

export type Parsed = { ok: true; request: ParsedRequest } | { ok: false; error: string };

/** Validate a message from another context: known type, exactly the fields that type allows. */
export function parseRequest(raw: unknown): Parsed {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'Invalid message: expected an object with a "type".' };
  }
  const { type, ...payload } = raw as Record<string, unknown>;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) {
    const shown = typeof type === 'string' ? JSON.stringify(type.slice(0, 80)) : typeof type;
    return { ok: false, error: `Unknown message type ${shown}. Known: ${Object.keys(MESSAGES).join(', ')}.` };
  }
  const known = type as MessageType;
  const forbidden = findForbiddenKey(payload);
  if (forbidden) return { ok: false, error: `Invalid "${known}" message: it contains a "${forbidden.key}" key (at ${forbidden.path}).` };
  const result = MESSAGES[known].payload.safeParse(payload);
  if (!result.success) return { ok: false, error: `Invalid "${known}" message: ${describeIssues(result.error.issues)}` };
  return { ok: true, request: { type: known, payload: result.data } as ParsedRequest };
}
