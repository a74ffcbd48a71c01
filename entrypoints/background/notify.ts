// Tell every tab and extension page that a table changed, through browser.storage.local: its onChanged event
// reaches content scripts and extension pages alike, with no `tabs` permission and no list of open tabs.
import { browser, type Browser } from 'wxt/browser';
import { changeKey, type ChangeStamp, type TableName } from '../../lib/rpc/changes';

let seq = 0;

export async function announceChanges(tables: Iterable<TableName>, by: string, at: string): Promise<void> {
  const items: Record<string, ChangeStamp> = {};
  for (const table of tables) items[changeKey(table)] = { at, seq: ++seq, by };
  if (Object.keys(items).length === 0) return;
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    // The data is committed; failing the request now would tell the person their bookmark was lost when it
    // was not. Other views catch up on their next read. Logged so it is not silent.
    console.error('Idea Scout: saved, but could not announce the change to other tabs', error);
  }
}

/** Who caused a write: the tab and frame of a content script, or the URL of an extension page. */
export function writerOf(sender: Browser.runtime.MessageSender): string {
  if (sender.tab?.id !== undefined) return `tab:${sender.tab.id}/${sender.frameId ?? 0}`;
  return sender.url ?? 'unknown';
}
