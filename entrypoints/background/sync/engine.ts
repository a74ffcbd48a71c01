// The shortlist in the browser's storage.sync. The local database stays the source of truth: a run merges what
// other devices wrote into it (lib/sync/merge.ts), then writes this device's changes, fitted into the quota and
// the browser's write rate. Runs follow local changes in batches (lib/sync/batch.ts) and remote ones at once.
import { browser, type Browser } from 'wxt/browser';
import { changeKey, type ChangeStamp } from '../../../lib/rpc/changes';
import { WriteBatcher } from '../../../lib/sync/batch';
import { bookmarkKey } from '../../../lib/sync/format';
import { CHROME_LIMITS, fitWrites, quotaKindOf, WriteBudget, type SyncLimits } from '../../../lib/sync/quota';
import type { SyncStatus } from '../../../lib/sync/status';
import type { IdeaScoutDb } from '../db/database';
import { clearShadow, mergeIntoDatabase } from '../db/sync-shadow';
import { announceChanges } from '../notify';
import { browserSyncs, loadSettings, saveEnabled, type SyncSettings } from './settings';
import { errorMessage } from '../../../lib/errors';

/** Who the engine's own change announcements come from, so it does not answer them. */
const WRITER = 'sync';

export interface SyncEngineOptions {
  now?: () => number;
  quietMs?: number;
  maxWaitMs?: number;
}

/** The browser's limits: Chrome states them on storage.sync; Firefox enforces the same sizes and states nothing. */
function limitsOf(area: Browser.storage.SyncStorageArea | undefined): SyncLimits {
  const stated = (area ?? {}) as Partial<Record<'QUOTA_BYTES' | 'QUOTA_BYTES_PER_ITEM' | 'MAX_ITEMS' | 'MAX_WRITE_OPERATIONS_PER_MINUTE' | 'MAX_WRITE_OPERATIONS_PER_HOUR', number>>;
  return {
    quotaBytes: stated.QUOTA_BYTES ?? CHROME_LIMITS.quotaBytes,
    quotaBytesPerItem: stated.QUOTA_BYTES_PER_ITEM ?? CHROME_LIMITS.quotaBytesPerItem,
    maxItems: stated.MAX_ITEMS ?? CHROME_LIMITS.maxItems,
    writesPerMinute: stated.MAX_WRITE_OPERATIONS_PER_MINUTE ?? Infinity,
    writesPerHour: stated.MAX_WRITE_OPERATIONS_PER_HOUR ?? Infinity,
  };
}

export class ShortlistSync {
  private readonly now: () => number;
  private readonly batcher: WriteBatcher;
  private readonly limits = limitsOf(browser.storage?.sync);
  private readonly budget = new WriteBudget(this.limits);
  private settings: SyncSettings | null = null;
  private available = false;
  private loaded: Promise<void> | null = null;
  private status: SyncStatus;
  /** What this engine last wrote per key, so the echo of its own write is not taken for another device's. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly db: IdeaScoutDb,
    options: SyncEngineOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.batcher = new WriteBatcher({ run: () => this.run(), quietMs: options.quietMs ?? 2_000, maxWaitMs: options.maxWaitMs ?? 10_000 });
    this.status = this.emptyStatus();
  }

  /** Listen for changes (synchronously, so an event that wakes the service worker is not missed) and sync once. */
  start(): () => void {
    browser.storage.onChanged.addListener(this.onStorageChanged);
    void this.load().then(() => this.batcher.soon());
    return () => {
      browser.storage.onChanged.removeListener(this.onStorageChanged);
      this.batcher.cancel();
    };
  }

  async getStatus(): Promise<SyncStatus> {
    await this.load();
    return this.status;
  }

  /** Turn sync on or off in this browser. Off removes the shortlist from storage.sync; the local copy stays. */
  async setEnabled(enabled: boolean): Promise<SyncStatus> {
    await this.load();
    await saveEnabled(enabled);
    this.settings!.enabled = enabled;
    this.batcher.cancel();
    await this.batcher.idle();
    if (enabled) {
      await this.batcher.runNow();
    } else {
      await clearShadow(this.db);
      this.written.clear();
      try {
        await browser.storage.sync.clear();
        this.budget.record(this.now());
        await this.publish(this.emptyStatus());
      } catch (error) {
        await this.publish({ ...this.emptyStatus(), error: `Idea Scout could not remove the shortlist from sync storage (${messageOf(error)}).` });
      }
    }
    return this.status;
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      const [settings, available] = await Promise.all([loadSettings(), browserSyncs()]);
      this.settings = settings;
      this.available = available;
      this.status = this.emptyStatus();
    })();
    return this.loaded;
  }

  private get enabled(): boolean {
    return this.available && (this.settings?.enabled ?? true);
  }

  private emptyStatus(): SyncStatus {
    return {
      available: this.available,
      enabled: this.enabled,
      lastSyncedAt: null,
      usage: { bytes: 0, items: 0, quotaBytes: this.limits.quotaBytes, maxItems: this.limits.maxItems },
      unsynced: [],
      draftsElsewhere: [],
      waitingUntil: null,
      error: null,
      futureItems: 0,
      ignoredItems: 0,
    };
  }

  private readonly onStorageChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (!this.settings || !this.enabled) return;
    if (area === 'sync') {
      const echo = Object.entries(changes).every(([key, change]) => this.written.get(key) === JSON.stringify(change.newValue ?? null));
      if (!echo) this.batcher.soon();
    } else if (area === 'local') {
      const ours = [changeKey('bookmarks'), changeKey('drafts')].some((key) => {
        const stamp = changes[key]?.newValue as ChangeStamp | undefined;
        return stamp !== undefined && stamp.by !== WRITER;
      });
      if (ours) this.batcher.changed();
    }
  };

  private async run(): Promise<void> {
    await this.load();
    if (!this.enabled) return;
    try {
      await this.sync();
    } catch (error) {
      console.error('Idea Scout: sync failed', error);
      await this.publish({ ...this.status, error: `${messageOf(error)}.` });
    }
  }

  /** Sync now and resolve when done. */
  syncNow(): Promise<void> {
    return this.batcher.runNow();
  }

  /** Resolves once no run is running. */
  idle(): Promise<void> {
    return this.batcher.idle();
  }

  private async sync(): Promise<void> {
    const now = this.now();
    const remote = await browser.storage.sync.get(null);
    const { plan, bookmarks } = await mergeIntoDatabase(this.db, remote, this.settings!.device, now);
    if (plan.localPuts.length || plan.localDeletes.length) await announceChanges(['bookmarks'], WRITER, new Date(now).toISOString());

    const after: Record<string, unknown> = { ...remote };
    for (const key of plan.remoteRemoves) delete after[key];
    const fitted = fitWrites(after, plan.remoteSets.map(({ key, value }) => [key, value]), this.limits);
    const toSet = Object.keys(fitted.set);
    const operations = (plan.remoteRemoves.length ? 1 : 0) + (toSet.length ? 1 : 0);

    const status: SyncStatus = {
      ...this.emptyStatus(),
      lastSyncedAt: this.status.lastSyncedAt,
      usage: { ...this.status.usage, bytes: fitted.bytes, items: fitted.items },
      draftsElsewhere: plan.draftsElsewhere,
      futureItems: plan.futureKeys.length,
      ignoredItems: plan.ignored.length,
    };
    const titleOf = new Map(bookmarks.map((b) => [bookmarkKey(b.id), b]));
    const unsynced = (key: string, reason: SyncStatus['unsynced'][number]['reason'], bytes?: number) => {
      const bookmark = titleOf.get(key);
      if (bookmark) status.unsynced.push({ id: bookmark.id, title: bookmark.title, reason, ...(bytes !== undefined ? { bytes } : {}) });
    };
    for (const refusal of fitted.refused) unsynced(refusal.key, refusal.reason, refusal.reason === 'too-large' ? refusal.bytes : undefined);
    for (const id of plan.heldByNewerVersion) unsynced(bookmarkKey(id), 'newer-version');
    for (const { key, reason } of plan.ignored) console.warn(`Idea Scout: ignored the sync item ${key}: ${reason}`);
    if (plan.futureKeys.length) console.warn(`Idea Scout: left ${plan.futureKeys.length} sync items of a newer format alone`);

    const allowedAt = operations ? this.budget.allowedAt(now, operations) : now;
    if (allowedAt > now) {
      status.waitingUntil = allowedAt;
      this.batcher.retryIn(allowedAt - now);
    } else if (operations) {
      try {
        if (plan.remoteRemoves.length) {
          this.budget.record(now);
          for (const key of plan.remoteRemoves) this.written.set(key, 'null');
          await browser.storage.sync.remove(plan.remoteRemoves);
        }
        if (toSet.length) {
          this.budget.record(now);
          for (const key of toSet) this.written.set(key, JSON.stringify(fitted.set[key]));
          await browser.storage.sync.set(fitted.set);
        }
        status.lastSyncedAt = now;
      } catch (error) {
        this.failed(error, now, status, toSet, unsynced);
      }
    } else {
      status.lastSyncedAt = now;
    }
    await this.publish(status);
  }

  /** A write failed: say why, and try again when it can succeed. Nothing local is lost either way. */
  private failed(error: unknown, now: number, status: SyncStatus, keys: string[], unsynced: (key: string, reason: 'no-room') => void): void {
    const kind = quotaKindOf(error);
    if (kind === 'rate-minute' || kind === 'rate-hour') {
      const wait = kind === 'rate-minute' ? 60_000 : 3_600_000;
      status.waitingUntil = now + wait;
      this.batcher.retryIn(wait);
    } else if (kind) {
      // The accounting mirrors the browsers' limits, so this is storage used in a way it did not foresee.
      for (const key of keys) unsynced(key, 'no-room');
    } else {
      status.error = `${messageOf(error)}.`;
    }
    console.warn('Idea Scout: writing to sync storage failed', error);
  }

  private async publish(status: SyncStatus): Promise<void> {
    const changed = JSON.stringify(status) !== JSON.stringify(this.status);
    this.status = status;
    if (changed) await announceChanges(['sync'], WRITER, new Date(this.now()).toISOString());
  }
}

/** The error's message without its final full stop, to end a sentence of ours. */
function messageOf(error: unknown): string {
  return errorMessage(error).replace(/\.$/, '');
}
