// What the background tells the views about sync, and the sentences they show for it.
import * as z from 'zod/mini';

const Count = z.int().check(z.gte(0));
const Millis = z.nullable(z.number());
const Id = z.string().check(z.maxLength(1100));

export const UNSYNCED_REASONS = ['too-large', 'no-room', 'newer-version'] as const;

export const SyncStatus = z.object({
  /** Whether this browser can sync extension data at all. */
  available: z.boolean(),
  /** The setting "Sync my shortlist across my browsers" in this browser. */
  enabled: z.boolean(),
  /** When this device and storage.sync last agreed (ms), if ever. */
  lastSyncedAt: Millis,
  /** storage.sync as used now, and its limits. */
  usage: z.object({ bytes: Count, items: Count, quotaBytes: Count, maxItems: Count }),
  /** Shortlisted ideas that do not sync, and why. */
  unsynced: z.array(
    z.object({ id: Id, title: z.string().check(z.maxLength(2000)), reason: z.enum(UNSYNCED_REASONS), bytes: z.optional(Count) }),
  ).check(z.maxLength(5000)),
  /** Shortlisted ideas with an application draft on another device. */
  draftsElsewhere: z.array(Id).check(z.maxLength(5000)),
  /** Changes wait for the browser's write rate until then (ms). */
  waitingUntil: Millis,
  /** The last failure that was no quota, in words. */
  error: z.nullable(z.string().check(z.maxLength(2000))),
  /** Items in storage.sync left alone: written by a newer Idea Scout, or damaged. */
  futureItems: Count,
  ignoredItems: Count,
});
export type SyncStatus = z.infer<typeof SyncStatus>;
export type UnsyncedReason = (typeof UNSYNCED_REASONS)[number];

export const SYNC_SETTING_LABEL = 'Sync my shortlist across my browsers';

/** The one sentence under the setting. */
export const SYNC_EXPLANATION =
  'Your shortlist (order, progress, notes; not drafts) travels through the browser’s own sync to your other browsers with Idea Scout, and turning this off removes it from sync storage.';

export const SYNC_UNAVAILABLE = 'This browser does not sync extension data, so the shortlist stays on this device.';

/** Per idea: why it does not sync, in a few words. */
export const UNSYNCED_LABELS: Record<UnsyncedReason, string> = {
  'too-large': 'Not synced: too large for sync (shorten the note)',
  'no-room': 'Not synced: sync storage is full',
  'newer-version': 'Not synced: changed by a newer Idea Scout elsewhere',
};

export type SyncMessage = { level: 'warning' | 'info'; text: string };

const kb = (count: number) => `${(count / 1024).toFixed(1)} KB`;
const bytes = (count: number) => `${count.toLocaleString('en')} bytes`;

/** What the student should know about sync now, most important first. Nothing when all is well. */
export function syncMessages(status: SyncStatus, now: number): SyncMessage[] {
  if (!status.enabled || !status.available) return [];
  const messages: SyncMessage[] = [];
  const byReason = (reason: UnsyncedReason) => status.unsynced.filter((u) => u.reason === reason);
  const names = (items: { title: string }[]) => {
    const shown = items.slice(0, 3).map((u) => `“${u.title}”`);
    return items.length > 3 ? `${shown.join(', ')} and ${items.length - 3} more` : shown.join(', ');
  };

  const noRoom = byReason('no-room');
  if (noRoom.length) {
    messages.push({
      level: 'warning',
      text: `Sync storage has no room for ${names(noRoom)}: ${noRoom.length === 1 ? 'it stays' : 'they stay'} on this device only (${kb(status.usage.bytes)} of ${kb(status.usage.quotaBytes)} and ${status.usage.items} of ${status.usage.maxItems} items in use). Everything else keeps syncing; remove ideas you no longer need, or shorten long notes, to make room.`,
    });
  }
  for (const item of byReason('too-large')) {
    messages.push({
      level: 'warning',
      text: `“${item.title}” does not sync: it takes ${bytes(item.bytes ?? 0)} and the browser syncs at most ${bytes(8_192)} per idea. Shorten its note to sync it; it is safe on this device.`,
    });
  }
  const newer = byReason('newer-version');
  if (newer.length) {
    messages.push({ level: 'warning', text: `${names(newer)} ${newer.length === 1 ? 'was' : 'were'} last changed by a newer Idea Scout on another device. Update Idea Scout here to sync ${newer.length === 1 ? 'it' : 'them'}.` });
  }
  if (status.error) messages.push({ level: 'warning', text: `Sync failed: ${status.error} Your shortlist is safe on this device; sync tries again with the next change.` });
  if (status.waitingUntil !== null && status.waitingUntil > now + 5_000) {
    const at = new Date(status.waitingUntil).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    messages.push({ level: 'info', text: `Many changes in a short time: the browser limits how often extensions write to sync, so the latest changes sync at ${at}.` });
  }
  if (status.futureItems) {
    messages.push({ level: 'info', text: `${status.futureItems} synced ${status.futureItems === 1 ? 'item comes' : 'items come'} from a newer Idea Scout on another device and ${status.futureItems === 1 ? 'is' : 'are'} left as ${status.futureItems === 1 ? 'it is' : 'they are'}.` });
  }
  if (status.ignoredItems) {
    messages.push({ level: 'info', text: `${status.ignoredItems} damaged ${status.ignoredItems === 1 ? 'item' : 'items'} in sync storage ${status.ignoredItems === 1 ? 'was' : 'were'} ignored.` });
  }
  return messages;
}
