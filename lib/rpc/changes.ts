// Change notification, shared by the background (writer) and every client: after each committed write the
// background bumps `changes:<table>` in browser.storage.local, and every content script and extension page can
// watch storage.onChanged (no `tabs` permission needed). No zod here: the content script imports it at runtime.

/** The tables whose changes are announced; `sync` is the sync status (entrypoints/background/sync). */
export const TABLES = ['bookmarks', 'drafts', 'snapshots', 'programPages', 'sync'] as const;
export type TableName = (typeof TABLES)[number];

export function changeKey(table: TableName): string {
  return `changes:${table}`;
}

/** The value stored under a change key. `seq` makes each write a new value, so onChanged always fires. */
export type ChangeStamp = {
  /** ISO time of the commit. */
  at: string;
  /** Increments per background lifetime; with `at` it tells two quick writes apart. */
  seq: number;
  /** Who asked for the write: `tab:<tabId>/<frameId>` or the extension page's URL. */
  by: string;
};
