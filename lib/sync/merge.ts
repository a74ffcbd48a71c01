// How this device's shortlist and storage.sync settle. Per bookmark, each of rank, progress, note and facts
// takes the newer change (so a reorder here and a note typed elsewhere both survive); a removal travels as a
// tombstone and wins over changes older than it; every device orders the result the same way (lib/shortlist.ts
// byRank), so rank order converges.
//
// The shadow records, per bookmark, the version of each field this device holds: the hash of the value and when
// it changed. A value that no longer matches its hash was changed here (stamped after the version it replaces,
// so a device whose clock is behind still wins with a later edit); a bookmark in the shadow but gone from the
// database was removed here (a tombstone is due); one in storage.sync but not in the shadow was added elsewhere.
import type { Bookmark } from '../bookmark';
import { byRank } from '../shortlist';
import { hashText } from '../snapshot';
import {
  bookmarkKey,
  decodeBookmark,
  deviceKey,
  encodeBookmark,
  encodeTombstone,
  FIELDS,
  fieldTimesOf,
  fieldValue,
  millisOf,
  parseItem,
  stamped,
  SYNC_FORMAT,
  TOMBSTONE_MS,
  withField,
  type Field,
  type FieldTimes,
  type ParsedItem,
  type SyncedBookmark,
  type SyncedDevice,
} from './format';

export interface ShadowEntry {
  /** The bookmark id. */
  id: string;
  /** The version this device holds: its latest change, the device that wrote it, and whether it is a removal. */
  t: number;
  d: string;
  gone: boolean;
  /** Per field of a bookmark held here: the hash of its value and when it changed. Null for a removal. */
  fields: Record<Field, [hash: string, time: number]> | null;
}

export interface SyncInputs {
  /** This device's id. */
  device: string;
  now: number;
  local: readonly Bookmark[];
  shadow: readonly ShadowEntry[];
  /** Everything storage.sync holds, as read. */
  remote: Readonly<Record<string, unknown>>;
  /** Ids of the drafts kept on this device. */
  draftIds: readonly string[];
}

export interface SyncPlan {
  /** Changes from other devices that win: write them to the local database. */
  localPuts: Bookmark[];
  localDeletes: string[];
  /** Shadow entries to store with the local writes (the versions this device now holds). */
  shadowNow: ShadowEntry[];
  shadowDeletes: string[];
  /** Writes to storage.sync, most important first. */
  remoteSets: { key: string; value: unknown }[];
  remoteRemoves: string[];
  /** Bookmark ids with a draft on another device. */
  draftsElsewhere: string[];
  /** Bookmark ids this device cannot sync because a newer Idea Scout owns their item. */
  heldByNewerVersion: string[];
  /** Items written by a newer Idea Scout (left alone) and items ignored as damaged, for the warning. */
  futureKeys: string[];
  ignored: { key: string; reason: string }[];
}

/** A device refreshes its own record this often, so others do not take it for gone. */
export const DEVICE_REFRESH_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether version a is newer than b: later change time, and the larger device id on a tie. */
export function isNewer(a: { t: number; d: string }, b: { t: number; d: string }): boolean {
  return a.t > b.t || (a.t === b.t && a.d > b.d);
}

export function planSync({ device, now, local, shadow, remote, draftIds }: SyncInputs): SyncPlan {
  const plan: SyncPlan = {
    localPuts: [],
    localDeletes: [],
    shadowNow: [],
    shadowDeletes: [],
    remoteSets: [],
    remoteRemoves: [],
    draftsElsewhere: [],
    heldByNewerVersion: [],
    futureKeys: [],
    ignored: [],
  };
  const expired = (t: number) => t < now - TOMBSTONE_MS;

  const records = new Map<string, Extract<ParsedItem, { kind: 'bookmark' | 'tombstone' }>>();
  const devices: Extract<ParsedItem, { kind: 'device' }>[] = [];
  // Items of a newer format are left alone, so this device never writes over them; damaged ones may be.
  const held = new Set<string>();
  for (const [key, raw] of Object.entries(remote)) {
    const item = parseItem(key, raw);
    if (item.kind === 'bookmark' || item.kind === 'tombstone') records.set(item.id, item);
    else if (item.kind === 'device') devices.push(item);
    else if (item.kind === 'future') {
      held.add(key);
      plan.futureKeys.push(key);
    } else plan.ignored.push({ key, reason: item.reason });
  }

  const localById = new Map(local.map((b) => [b.id, b]));
  const shadowById = new Map(shadow.map((s) => [s.id, s]));
  const live = new Map(localById);
  const tombstones: SyncPlan['remoteSets'] = [];
  const bookmarks: { bookmark: Bookmark; write: SyncPlan['remoteSets'][number] }[] = [];

  for (const id of new Set([...localById.keys(), ...shadowById.keys(), ...records.keys()])) {
    const key = bookmarkKey(id);
    const mine = localById.get(id);
    const agreed = shadowById.get(id);
    const theirs = records.get(id)?.record;
    if (held.has(key)) {
      if (mine) plan.heldByNewerVersion.push(id);
      continue;
    }

    const ours = mine ? ourBookmark(mine, agreed, device) : agreed ? ourRemoval(agreed, now, device) : null;
    const their: Version | null = theirs ? ('x' in theirs ? { t: theirs.t, d: theirs.d, gone: true } : { t: theirs.t, d: theirs.d, gone: false, record: theirs }) : null;
    const result = !their ? ours! : !ours ? their : ours.gone || their.gone ? (isNewer(their, ours) ? their : ours) : { ...their, ...mergeFields(ours.record, their.record, device) };

    if (result.gone) {
      if (mine) plan.localDeletes.push(id);
      live.delete(id);
      if (expired(result.t)) {
        if (theirs) plan.remoteRemoves.push(key);
        if (agreed) plan.shadowDeletes.push(id);
        continue;
      }
      const entry: ShadowEntry = { id, t: result.t, d: result.d, gone: true, fields: null };
      if (!sameEntry(agreed, entry)) plan.shadowNow.push(entry);
      if (!their?.gone || their.t !== result.t || their.d !== result.d) {
        const [pageId, ideaKey] = splitId(id);
        tombstones.push({ key, value: encodeTombstone({ pageId, ideaKey }, result.t, result.d) });
      }
      continue;
    }

    const record = result.record;
    const entry = shadowOf(id, record);
    if (!sameEntry(agreed, entry)) plan.shadowNow.push(entry);
    if (!mine || !sameValues(ours?.gone === false ? ours.record : null, record)) {
      const bookmark = decodeBookmark(record, mine);
      plan.localPuts.push(bookmark);
      live.set(id, bookmark);
    }
    if (their?.gone !== false || !sameRecord(their.record, record)) bookmarks.push({ bookmark: live.get(id)!, write: { key, value: record } });
  }

  // This device's record: which shortlisted ideas have a draft here. Others' records: drafts there; gone devices pruned.
  const liveKeys = new Map([...live.keys()].map((id) => [bookmarkKey(id), id]));
  const withDraft = draftIds.filter((id) => live.has(id)).map(bookmarkKey).sort();
  const ownKey = deviceKey(device);
  const own = devices.find((item) => item.device === device)?.record;
  const deviceSets: SyncPlan['remoteSets'] = [];
  if (!own || own.t < now - DEVICE_REFRESH_MS || own.w.join() !== withDraft.join()) {
    const value: SyncedDevice = { v: SYNC_FORMAT, t: now, w: withDraft };
    deviceSets.push({ key: ownKey, value });
  }
  const elsewhere = new Set<string>();
  for (const item of devices) {
    if (item.device === device) continue;
    if (expired(item.record.t)) {
      plan.remoteRemoves.push(item.key);
      continue;
    }
    for (const key of item.record.w) {
      const id = liveKeys.get(key);
      if (id) elsewhere.add(id);
    }
  }
  plan.draftsElsewhere = [...elsewhere].sort();

  // Most important first, for when storage.sync runs out of room: this device's record, removals, then the
  // shortlist from the top.
  bookmarks.sort((a, b) => byRank(a.bookmark, b.bookmark));
  plan.remoteSets = [...deviceSets, ...tombstones, ...bookmarks.map((b) => b.write)];
  return plan;
}

type Version = { t: number; d: string } & ({ gone: true } | { gone: false; record: SyncedBookmark });

/** A bookmark held here, as a synced record: fields that still match the shadow keep their time, changed ones get a new one. */
function ourBookmark(bookmark: Bookmark, held: ShadowEntry | undefined, device: string): Version {
  const encoded = encodeBookmark(bookmark, 0, device);
  const updated = millisOf(bookmark.updatedAt);
  const times = {} as FieldTimes;
  let changed = !held || held.gone;
  for (const field of FIELDS) {
    const known = held?.fields?.[field];
    if (known && known[0] === hashOf(fieldValue(encoded, field))) times[field] = known[1];
    else {
      // Newer than the version it replaces, whatever this device's clock says.
      times[field] = Math.max(updated, (known?.[1] ?? held?.t ?? -1) + 1);
      changed = true;
    }
  }
  const record = stamped(encoded, times, changed ? device : held!.d);
  return { t: record.t, d: record.d, gone: false, record };
}

/** A bookmark no longer here: removed now, unless the shadow already says so. */
function ourRemoval(held: ShadowEntry, now: number, device: string): Version {
  return held.gone ? { t: held.t, d: held.d, gone: true } : { t: Math.max(now, held.t + 1), d: device, gone: true };
}

/** Field by field, the newer wins (on a tie, the larger value, so every device picks the same). */
function mergeFields(ours: SyncedBookmark, theirs: SyncedBookmark, device: string): { t: number; d: string; record: SyncedBookmark } {
  let merged = ours;
  const [mine, other] = [fieldTimesOf(ours), fieldTimesOf(theirs)];
  for (const field of FIELDS) {
    const [a, b] = [canonical(fieldValue(ours, field)), canonical(fieldValue(theirs, field))];
    if (other[field] > mine[field] || (other[field] === mine[field] && b > a)) merged = withField(merged, theirs, field, other[field]);
  }
  if (sameRecord(merged, theirs)) merged = theirs;
  else if (!sameRecord(merged, ours)) merged = { ...merged, d: device }; // a mix of both, written by this device
  return { t: merged.t, d: merged.d, record: merged };
}

function shadowOf(id: string, record: SyncedBookmark): ShadowEntry {
  const times = fieldTimesOf(record);
  const fields = Object.fromEntries(FIELDS.map((field) => [field, [hashOf(fieldValue(record, field)), times[field]]])) as ShadowEntry['fields'];
  return { id, t: record.t, d: record.d, gone: false, fields };
}

function sameEntry(a: ShadowEntry | undefined, b: ShadowEntry): boolean {
  return a !== undefined && canonical(a) === canonical(b);
}

/** Same values in every field (times aside). */
function sameValues(a: SyncedBookmark | null, b: SyncedBookmark): boolean {
  return a !== null && FIELDS.every((field) => canonical(fieldValue(a, field)) === canonical(fieldValue(b, field)));
}

/** Same values and times: storage.sync holds this very version. */
function sameRecord(a: SyncedBookmark, b: SyncedBookmark): boolean {
  const [ta, tb] = [fieldTimesOf(a), fieldTimesOf(b)];
  return sameValues(a, b) && FIELDS.every((field) => ta[field] === tb[field]);
}

function hashOf(value: unknown): string {
  return hashText(canonical(value));
}

/** JSON with object keys sorted, so equal values compare equal whichever code wrote them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The page id and idea key of a bookmark id (a page id never holds '#'). */
function splitId(id: string): [string, string] {
  const at = id.indexOf('#');
  return [id.slice(0, at), id.slice(at + 1)];
}
