// What the shortlist looks like in the browser's `storage.sync`: one small item per bookmark (or tombstone) and
// one per device, with short keys because every byte counts against the browser's quota. Each item carries the
// format version; items are checked with zod when they arrive, since another device (and another version of
// Idea Scout) wrote them.
import * as z from 'zod/mini';
import { bookmarkId, PageId, IdeaKey, PROGRESS, type Bookmark } from '../bookmark';
import { LEVELS, type Idea } from '../idea';
import { wikiPageUrl } from '../page-id';
import { hashText } from '../snapshot';

/** Bump when older code could misread an item; older code then leaves items of the new format alone. */
export const SYNC_FORMAT = 1;

/** Key prefixes: `b` + hash of the bookmark id, `d` + device id. */
export const BOOKMARK_PREFIX = 'b';
export const DEVICE_PREFIX = 'd';

/** Milliseconds since 1970, as a change timestamp: compact, and compared as numbers. */
const Millis = z.int().check(z.gte(0), z.lte(8_640_000_000_000_000));
/** A device id: a few random letters and digits, chosen once per browser profile. */
export const DeviceId = z.string().check(z.regex(/^[a-z0-9]{4,16}$/));
const Text = (max: number) => z.string().check(z.maxLength(max));

/** Bounds of the idea facts carried for showing a bookmark offline (longer values are shortened on the way out). */
export const FACT_BOUNDS = { title: 300, anchor: 300, difficulty: 120, tags: 30, tag: 60, mentors: 8, name: 120, email: 254, list: 254 };

/** The idea facts a shortlist shows: title, anchor, difficulty, skills, mentors, mailing list. */
const Facts = z.strictObject({
  t: Text(FACT_BOUNDS.title),
  a: Text(FACT_BOUNDS.anchor),
  /** Difficulty as the wiki wrote it, and the levels read from it. */
  d: z.optional(Text(FACT_BOUNDS.difficulty)),
  lv: z.optional(z.tuple([z.nullable(z.enum(LEVELS)), z.nullable(z.enum(LEVELS))])),
  s: z.optional(z.array(Text(FACT_BOUNDS.tag)).check(z.maxLength(FACT_BOUNDS.tags))),
  /** Mentors: [name] or [name, email]. */
  m: z.optional(
    z.array(z.union([z.tuple([Text(FACT_BOUNDS.name)]), z.tuple([Text(FACT_BOUNDS.name), Text(FACT_BOUNDS.email)])])).check(z.maxLength(FACT_BOUNDS.mentors)),
  ),
  l: z.optional(Text(FACT_BOUNDS.list)),
});

/** Fields every bookmark item has, live or removed. */
const ItemBase = {
  v: z.literal(SYNC_FORMAT),
  p: PageId,
  k: IdeaKey,
  /** When the item last changed (ms), or when it was removed. */
  t: Millis,
  /** The device that wrote it: breaks a tie between a removal and a change made in the same millisecond. */
  d: DeviceId,
};

export const SyncedBookmark = z.strictObject({
  ...ItemBase,
  /** When the idea was bookmarked (ms). */
  c: Millis,
  /** Rank: lower comes first. */
  r: z.int().check(z.gte(0)),
  s: z.enum(PROGRESS),
  /** The note; left out when empty. */
  n: z.optional(Text(20_000)),
  /** When the page stopped listing the idea (ms), if it did. */
  ms: z.optional(Millis),
  f: Facts,
  /** When the rank, progress, note and facts last changed, each left out when it is `t`: they merge one by one. */
  rt: z.optional(Millis),
  st: z.optional(Millis),
  nt: z.optional(Millis),
  ft: z.optional(Millis),
});

/** A removal, kept for TOMBSTONE_DAYS so a device that was offline does not bring the idea back. */
export const SyncedTombstone = z.strictObject({ ...ItemBase, x: z.literal(1) });

/** What one device says about itself: which shortlisted ideas have a draft there (drafts themselves stay local). */
export const SyncedDevice = z.strictObject({
  v: z.literal(SYNC_FORMAT),
  t: Millis,
  /** Keys of the bookmark items with a draft on this device. */
  w: z.array(z.string().check(z.maxLength(16))).check(z.maxLength(512)),
});

export type SyncedBookmark = z.infer<typeof SyncedBookmark>;
export type SyncedTombstone = z.infer<typeof SyncedTombstone>;
export type SyncedDevice = z.infer<typeof SyncedDevice>;
export type SyncedRecord = SyncedBookmark | SyncedTombstone;

/** How long removals are remembered, in days and in ms. */
export const TOMBSTONE_DAYS = 60;
export const TOMBSTONE_MS = TOMBSTONE_DAYS * 24 * 60 * 60 * 1000;

/** One item read from storage.sync. */
export type ParsedItem =
  | { kind: 'bookmark'; key: string; id: string; record: SyncedBookmark }
  | { kind: 'tombstone'; key: string; id: string; record: SyncedTombstone }
  | { kind: 'device'; key: string; device: string; record: SyncedDevice }
  /** Written by a newer Idea Scout (a higher `v`): left alone, neither read nor overwritten. */
  | { kind: 'future'; key: string; version: number }
  /** Not ours, or damaged: ignored, with the reason for the warning. */
  | { kind: 'invalid'; key: string; reason: string };

/**
 * Read one storage.sync item. The key must fit the record: a bookmark item lives under the hash of its own id, so
 * a copied or corrupted item cannot overwrite another idea.
 */
export function parseItem(key: string, raw: unknown): ParsedItem {
  const version = formatVersionOf(raw);
  if (version !== null && version > SYNC_FORMAT) return { kind: 'future', key, version };
  if (key.startsWith(DEVICE_PREFIX)) {
    const device = key.slice(DEVICE_PREFIX.length);
    const parsed = SyncedDevice.safeParse(raw);
    if (!parsed.success || !DeviceId.safeParse(device).success) return { kind: 'invalid', key, reason: 'not a device record' };
    return { kind: 'device', key, device, record: parsed.data };
  }
  if (key.startsWith(BOOKMARK_PREFIX)) {
    const tombstone = SyncedTombstone.safeParse(raw);
    const live = tombstone.success ? null : SyncedBookmark.safeParse(raw);
    const record = tombstone.success ? tombstone.data : live?.success ? live.data : null;
    if (!record) return { kind: 'invalid', key, reason: 'not a bookmark record of format 1' };
    const id = bookmarkId(record.p, record.k);
    if (bookmarkKey(id) !== key) return { kind: 'invalid', key, reason: `stored under the wrong key for ${id}` };
    return tombstone.success ? { kind: 'tombstone', key, id, record: tombstone.data } : { kind: 'bookmark', key, id, record: record as SyncedBookmark };
  }
  return { kind: 'invalid', key, reason: 'unknown key' };
}

function formatVersionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { v } = raw as { v?: unknown };
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

/** The storage.sync key of a bookmark: short, and the same on every device. */
export function bookmarkKey(id: string): string {
  return BOOKMARK_PREFIX + hashText(id);
}

export function deviceKey(device: string): string {
  return DEVICE_PREFIX + device;
}

/** An ISO timestamp in ms; 0 for one that does not parse (an imported record may hold anything up to 32 characters). */
export function millisOf(iso: string): number {
  const millis = Date.parse(iso);
  return Number.isFinite(millis) && millis >= 0 ? millis : 0;
}
const iso = (millis: number) => new Date(millis).toISOString();
const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/**
 * The parts of a bookmark that merge one by one, each by its own change time: rank, progress, note, and the
 * idea's facts (with when it was bookmarked and when its page stopped listing it). So a reorder on one device and
 * a note typed on another both survive.
 */
export const FIELDS = ['r', 's', 'n', 'f'] as const;
export type Field = (typeof FIELDS)[number];
export type FieldTimes = Record<Field, number>;

const TIME_KEYS = { r: 'rt', s: 'st', n: 'nt', f: 'ft' } as const;

export function fieldTimesOf(record: SyncedBookmark): FieldTimes {
  return { r: record.rt ?? record.t, s: record.st ?? record.t, n: record.nt ?? record.t, f: record.ft ?? record.t };
}

/** One field's value, comparable as JSON. */
export function fieldValue(record: SyncedBookmark, field: Field): unknown {
  if (field === 'r') return record.r;
  if (field === 's') return record.s;
  if (field === 'n') return record.n ?? '';
  return { c: record.c, ms: record.ms ?? null, f: record.f };
}

/** `record` with one field (and its time) taken from `from`. */
export function withField(record: SyncedBookmark, from: SyncedBookmark, field: Field, time: number): SyncedBookmark {
  const next = { ...record };
  if (field === 'r') next.r = from.r;
  else if (field === 's') next.s = from.s;
  else if (field === 'n') {
    delete next.n;
    if (from.n) next.n = from.n;
  } else {
    next.c = from.c;
    next.f = from.f;
    delete next.ms;
    if (from.ms !== undefined) next.ms = from.ms;
  }
  return stamped(next, { ...fieldTimesOf(record), [field]: time }, record.d);
}

/** `record` with these field times: `t` is the latest, and only the times that differ from it are written. */
export function stamped(record: SyncedBookmark, times: FieldTimes, device: string): SyncedBookmark {
  const next: SyncedBookmark = { ...record, t: Math.max(...FIELDS.map((field) => times[field])), d: device };
  for (const field of FIELDS) {
    const key = TIME_KEYS[field];
    if (times[field] === next.t) delete next[key];
    else next[key] = times[field];
  }
  return next;
}

/** The synced form of a local bookmark, its fields changed at `times` (one time for all), written by `device`. Facts longer than the bounds are shortened; the note never is. */
export function encodeBookmark(bookmark: Bookmark, times: FieldTimes | number, device: string): SyncedBookmark {
  const { idea } = bookmark;
  const { min, max } = idea.difficulty;
  const tags = idea.skills.tags.slice(0, FACT_BOUNDS.tags).map((tag) => cut(tag, FACT_BOUNDS.tag));
  const mentors = idea.contacts.slice(0, FACT_BOUNDS.mentors).map((c): [string] | [string, string] =>
    c.email && c.email.length <= FACT_BOUNDS.email ? [cut(c.name, FACT_BOUNDS.name), c.email] : [cut(c.name, FACT_BOUNDS.name)],
  );
  const facts: SyncedBookmark['f'] = { t: cut(bookmark.title, FACT_BOUNDS.title), a: cut(bookmark.anchor, FACT_BOUNDS.anchor) };
  if (idea.difficulty.raw) facts.d = cut(idea.difficulty.raw, FACT_BOUNDS.difficulty);
  if (min || max) facts.lv = [min, max];
  if (tags.length) facts.s = tags;
  if (mentors.length) facts.m = mentors;
  if (idea.mailingList) facts.l = cut(idea.mailingList, FACT_BOUNDS.list);
  const record: SyncedBookmark = { v: SYNC_FORMAT, p: bookmark.pageId, k: bookmark.ideaKey, t: 0, d: device, c: millisOf(bookmark.createdAt), r: bookmark.rank, s: bookmark.progress, f: facts };
  if (bookmark.note) record.n = bookmark.note;
  if (bookmark.missingSince) record.ms = millisOf(bookmark.missingSince);
  return stamped(record, typeof times === 'number' ? { r: times, s: times, n: times, f: times } : times, device);
}

export function encodeTombstone(id: { pageId: string; ideaKey: string }, t: number, device: string): SyncedTombstone {
  return { v: SYNC_FORMAT, p: id.pageId, k: id.ideaKey, t, d: device, x: 1 };
}

/**
 * The local bookmark for a synced one. An idea already kept here keeps the parts of its snapshot that do not
 * sync (description, outcomes, comments…); one new to this device gets an idea made of the synced facts.
 */
export function decodeBookmark(record: SyncedBookmark, existing?: Bookmark): Bookmark {
  const id = bookmarkId(record.p, record.k);
  const facts = record.f;
  const [min, max] = facts.lv ?? [null, null];
  const base: Idea = existing?.idea ?? {
    key: record.k,
    anchor: facts.a,
    title: facts.t,
    status: 'other',
    section: '',
    category: null,
    inserted: null,
    verified: null,
    gsoc: null,
    contacts: [],
    mailingList: null,
    irc: null,
    difficulty: { raw: null, min: null, max: null },
    skills: { raw: null, tags: [] },
    description: null,
    outcomes: null,
    comments: [],
  };
  const tags = facts.s ?? [];
  const idea: Idea = {
    ...base,
    key: record.k,
    anchor: facts.a,
    title: facts.t,
    difficulty: { raw: facts.d ?? null, min, max },
    skills: { raw: sameList(base.skills.tags, tags) ? base.skills.raw : null, tags },
    contacts: (facts.m ?? []).map(([name, email]) => ({ name, email: email ?? null })),
    mailingList: facts.l ?? null,
  };
  return {
    id,
    pageId: record.p,
    pageUrl: existing?.pageUrl ?? wikiPageUrl(record.p),
    ideaKey: record.k,
    anchor: facts.a,
    title: facts.t,
    idea,
    createdAt: iso(record.c),
    updatedAt: iso(record.t),
    rank: record.r,
    progress: record.s,
    note: record.n ?? '',
    missingSince: record.ms === undefined ? null : iso(record.ms),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
