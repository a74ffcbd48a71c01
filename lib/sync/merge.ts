// How this device's shortlist and storage.sync settle: per bookmark the newer change wins, removals travel as
// tombstones, and every device orders the result the same way (lib/shortlist.ts byRank), so rank order converges.
//
// The shadow is what this device last agreed with storage.sync, per bookmark. It tells a bookmark removed here
// (in the shadow, no longer in the database: a tombstone is due) from one that another device added (not in the
// shadow yet), and a local change (updatedAt moved since) from an unchanged bookmark.
import type { Bookmark } from '../bookmark';
import { byRank } from '../shortlist';
import {
  bookmarkKey,
  decodeBookmark,
  deviceKey,
  encodeBookmark,
  encodeTombstone,
  millisOf,
  parseItem,
  SYNC_FORMAT,
  TOMBSTONE_MS,
  type ParsedItem,
  type SyncedDevice,
  type SyncedRecord,
} from './format';

export interface ShadowEntry {
  /** The bookmark id. */
  id: string;
  /** The local bookmark's updatedAt (ms) when this device last agreed with storage.sync; null when it had none. */
  lt: number | null;
  /** The agreed version: when it was made, by which device, and whether it is a removal. */
  t: number;
  d: string;
  gone: boolean;
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
  /** Shadow entries to store with the local writes. */
  shadowNow: ShadowEntry[];
  shadowDeletes: string[];
  /** Writes to storage.sync, most important first, each with the shadow entry to store once it is written. */
  remoteSets: { key: string; value: unknown; shadow: ShadowEntry | null }[];
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

type Version = { t: number; d: string; gone: boolean };

/** Whether version a is newer than b: later change time, and the larger device id on a tie. */
export function isNewer(a: Version, b: Version): boolean {
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
  const bookmarks: { bookmark: Bookmark; entry: SyncPlan['remoteSets'][number] }[] = [];

  for (const id of new Set([...localById.keys(), ...shadowById.keys(), ...records.keys()])) {
    const key = bookmarkKey(id);
    const mine = localById.get(id);
    const agreed = shadowById.get(id);
    const theirs = records.get(id)?.record;
    if (held.has(key)) {
      if (mine) plan.heldByNewerVersion.push(id);
      continue;
    }

    const localTime = mine ? millisOf(mine.updatedAt) : null;
    let ours: Version | null = null;
    if (agreed && agreed.lt === localTime && agreed.gone === !mine) ours = agreed;
    else if (mine || agreed) {
      // Changed here since the last agreement: a new version, newer than the one it replaces even if this
      // device's clock is behind.
      const t = Math.max(mine ? localTime! : now, agreed ? agreed.t + 1 : 0);
      ours = { t, d: device, gone: !mine };
    }
    const their: Version | null = theirs ? { t: theirs.t, d: theirs.d, gone: 'x' in theirs } : null;

    if (their && (!ours || isNewer(their, ours))) {
      // Another device's change wins.
      const entry: ShadowEntry = { id, lt: their.gone ? null : their.t, t: their.t, d: their.d, gone: their.gone };
      if (their.gone) {
        if (mine) plan.localDeletes.push(id);
        live.delete(id);
        if (expired(their.t)) {
          plan.remoteRemoves.push(key);
          if (agreed) plan.shadowDeletes.push(id);
          continue;
        }
      } else {
        const bookmark = decodeBookmark(theirs as Extract<SyncedRecord, { c: number }>, mine);
        plan.localPuts.push(bookmark);
        live.set(id, bookmark);
      }
      plan.shadowNow.push(entry);
      continue;
    }
    if (!ours) continue;

    const entry: ShadowEntry = { id, lt: localTime, t: ours.t, d: ours.d, gone: ours.gone };
    if (ours.gone && expired(ours.t)) {
      if (theirs) plan.remoteRemoves.push(key);
      if (agreed) plan.shadowDeletes.push(id);
      continue;
    }
    if (their && !isNewer(ours, their)) {
      // storage.sync already holds this very version.
      if (!agreed || agreed.lt !== entry.lt || agreed.t !== entry.t || agreed.d !== entry.d || agreed.gone !== entry.gone) plan.shadowNow.push(entry);
      continue;
    }
    if (ours.gone) {
      const [pageId, ideaKey] = splitId(id);
      tombstones.push({ key, value: encodeTombstone({ pageId, ideaKey }, ours.t, ours.d), shadow: entry });
    } else {
      bookmarks.push({ bookmark: mine!, entry: { key, value: encodeBookmark(mine!, ours.t, ours.d), shadow: entry } });
    }
  }

  // This device's record: which shortlisted ideas have a draft here. Others' records: drafts there; gone devices pruned.
  const liveKeys = new Map([...live.keys()].map((id) => [bookmarkKey(id), id]));
  const withDraft = draftIds.filter((id) => live.has(id)).map(bookmarkKey).sort();
  const ownKey = deviceKey(device);
  const own = devices.find((item) => item.device === device)?.record;
  const deviceSets: SyncPlan['remoteSets'] = [];
  if (!own || own.t < now - DEVICE_REFRESH_MS || own.w.join() !== withDraft.join()) {
    const value: SyncedDevice = { v: SYNC_FORMAT, t: now, w: withDraft };
    deviceSets.push({ key: ownKey, value, shadow: null });
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
  plan.remoteSets = [...deviceSets, ...tombstones, ...bookmarks.map((b) => b.entry)];
  return plan;
}

/** The page id and idea key of a bookmark id (a page id never holds '#'). */
function splitId(id: string): [string, string] {
  const at = id.indexOf('#');
  return [id.slice(0, at), id.slice(at + 1)];
}
