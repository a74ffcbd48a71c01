// WXT's fakeBrowser delivers runtime messages without a sender or sendResponse. This swaps in the behaviour of
// a real browser for what our RPC relies on: JSON-serialised messages (Chrome's wire format, stricter than
// Firefox's structured clone), a MessageSender, and replies through sendResponse after `return true`.
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { MESSAGES } from '../../../lib/rpc/protocol';

type Listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => unknown;

/** A content script in tab 7 of the wiki, on the page at `url`. */
export function contentScriptSender(tabId = 7, url = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects'): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, tab: { id: tabId } as Browser.tabs.Tab, frameId: 0, url };
}

/** One of the extension's own pages, open in tab 3 (the dashboard by default). */
export function extensionPageSender(path = 'dashboard.html'): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, tab: { id: 3 } as Browser.tabs.Tab, frameId: 0, url: fakeBrowser.runtime.getURL(`/${path}`) };
}

/**
 * Who sends a message in the extension: the dashboard, or for a message only wiki pages send, the content
 * script of the page the message names.
 */
export function usualSender(message: unknown): Browser.runtime.MessageSender {
  const { type, pageId, pageUrl } = message as { type?: string; pageId?: string; pageUrl?: string };
  const from: readonly string[] = (MESSAGES as Record<string, { senders: { from?: readonly string[] } }>)[type ?? '']?.senders.from ?? [];
  if (from.includes('extension-pages')) return extensionPageSender();
  return contentScriptSender(7, pageId ? `https://wiki.xenproject.org/wiki/${pageId}` : pageUrl);
}

/** Make browser.runtime.sendMessage come from `sender` (asked at each call, so tests may change it). */
export function emulateMessaging(sender: (message: unknown) => Browser.runtime.MessageSender = usualSender) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const wire = JSON.parse(JSON.stringify(message)) as unknown;
    return new Promise((resolve, reject) => {
      let answered = false;
      const sendResponse = (response: unknown) => {
        if (answered) return;
        answered = true;
        resolve(response === undefined ? undefined : JSON.parse(JSON.stringify(response)));
      };
      // The fake's event takes any arguments at runtime; its types know only (message, sender).
      const event = fakeBrowser.runtime.onMessage as unknown as {
        hasListeners(): boolean;
        trigger(...args: Parameters<Listener>): Promise<unknown[]>;
      };
      if (!event.hasListeners()) {
        reject(new Error('Could not establish connection. Receiving end does not exist.'));
        return;
      }
      event.trigger(wire, sender(wire), sendResponse).then((results) => {
        // As in Chrome: without `return true` (or a reply already sent) the channel closes with no answer.
        if (!results.includes(true)) sendResponse(undefined);
      }, reject);
    });
  });
}
