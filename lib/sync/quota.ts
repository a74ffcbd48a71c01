// The browser's storage.sync limits, and the accounting that keeps a write within them: an item too large to
// sync, or one that no longer fits, is named, and everything else still syncs.
import { errorMessage } from '../errors';

/** Limits of storage.sync. Chrome and Firefox share the sizes; only Chrome limits writes. */
export interface SyncLimits {
  /** All items together: key lengths plus JSON of the values, in bytes. */
  quotaBytes: number;
  /** One item: its key plus the JSON of its value. */
  quotaBytesPerItem: number;
  maxItems: number;
  /** set/remove/clear calls allowed per minute and per hour (Infinity where the browser does not limit them). */
  writesPerMinute: number;
  writesPerHour: number;
}

export const CHROME_LIMITS: SyncLimits = {
  quotaBytes: 102_400,
  quotaBytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
};

/** Firefox enforces the same sizes (and tells them apart in no way: one QuotaExceededError for all three). */
export const FIREFOX_LIMITS: SyncLimits = { ...CHROME_LIMITS, writesPerMinute: Infinity, writesPerHour: Infinity };

const encoder = new TextEncoder();

/** An item's size as the browsers count it: the key's length plus its value's JSON, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

export type Refusal = { key: string; reason: 'too-large'; bytes: number } | { key: string; reason: 'no-room' };

export interface FittedWrite {
  /** What to write now. */
  set: Record<string, unknown>;
  /** Keys of wanted writes that cannot be made, and why. */
  refused: Refusal[];
  /** The storage.sync size and item count once `set` is written. */
  bytes: number;
  items: number;
}

/**
 * Fit wanted writes into storage.sync as it stands (`current`, every item there, ours or not). `wanted` comes in
 * order of importance: when room runs out, later writes wait and earlier ones go through. A write that replaces
 * an item is always allowed when it does not grow it, so a removal (a small tombstone) still syncs when full.
 */
export function fitWrites(current: Record<string, unknown>, wanted: [key: string, value: unknown][], limits: SyncLimits): FittedWrite {
  const sizes = new Map(Object.entries(current).map(([key, value]) => [key, itemBytes(key, value)]));
  let bytes = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  let items = sizes.size;
  const set: Record<string, unknown> = {};
  const refused: Refusal[] = [];
  for (const [key, value] of wanted) {
    const size = itemBytes(key, value);
    if (size > limits.quotaBytesPerItem) {
      refused.push({ key, reason: 'too-large', bytes: size });
      continue;
    }
    const before = sizes.get(key);
    const grows = size - (before ?? 0);
    const newItem = before === undefined ? 1 : 0;
    if (grows > 0 && (bytes + grows > limits.quotaBytes || items + newItem > limits.maxItems)) {
      refused.push({ key, reason: 'no-room' });
      continue;
    }
    set[key] = value;
    sizes.set(key, size);
    bytes += grows;
    items += newItem;
  }
  return { set, refused, bytes, items };
}

/** Which limit a storage.sync error names, or null when it is no quota error. */
export type QuotaKind = 'item' | 'total' | 'items' | 'rate-minute' | 'rate-hour' | 'quota';

/**
 * Read a storage.sync error. Chrome names the limit ("Resource::kQuotaBytesPerItem quota exceeded", older
 * "QUOTA_BYTES_PER_ITEM quota exceeded", "This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.");
 * Firefox says "QuotaExceededError: storage.sync API call exceeded its quota limitations." for every size limit.
 */
export function quotaKindOf(error: unknown): QuotaKind | null {
  const message = errorMessage(error);
  if (/MAX_WRITE_OPERATIONS_PER_MINUTE|MaxWriteOperationsPerMinute/i.test(message)) return 'rate-minute';
  if (/MAX_WRITE_OPERATIONS_PER_HOUR|MaxWriteOperationsPerHour|MAX_SUSTAINED/i.test(message)) return 'rate-hour';
  if (/QUOTA_BYTES_PER_ITEM|kQuotaBytesPerItem/i.test(message)) return 'item';
  if (/QUOTA_BYTES|kQuotaBytes/i.test(message)) return 'total';
  if (/MAX_ITEMS|kMaxItems/i.test(message)) return 'items';
  if (/quota/i.test(message)) return 'quota';
  return null;
}

/**
 * The writes made in the last hour, to stay within a browser's write rate. `reserve` is kept free for writes that
 * must not wait (turning sync off).
 */
export class WriteBudget {
  private readonly times: number[] = [];

  constructor(
    private readonly limits: Pick<SyncLimits, 'writesPerMinute' | 'writesPerHour'>,
    private readonly reserve = 5,
  ) {}

  record(now: number, count = 1): void {
    for (let i = 0; i < count; i++) this.times.push(now);
    this.forget(now);
  }

  /** The earliest time (≥ now) at which `count` more writes keep within both limits. */
  allowedAt(now: number, count = 1): number {
    this.forget(now);
    const minute = this.earliest(now, count, 60_000, this.limits.writesPerMinute - this.reserve);
    const hour = this.earliest(now, count, 3_600_000, this.limits.writesPerHour - this.reserve);
    return Math.max(minute, hour);
  }

  private earliest(now: number, count: number, window: number, limit: number): number {
    if (!Number.isFinite(limit)) return now;
    const inWindow = this.times.filter((t) => t > now - window);
    const excess = inWindow.length + count - limit;
    if (excess <= 0) return now;
    if (excess > inWindow.length) return now + window; // more at once than the limit allows: one window apart
    // Wait until enough of the writes in the window have aged out of it.
    return inWindow[excess - 1] + window;
  }

  private forget(now: number): void {
    while (this.times.length && this.times[0] <= now - 3_600_000) this.times.shift();
  }
}
