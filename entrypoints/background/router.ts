// Receives every runtime message, validates it against the protocol, checks that its sender may send it
// (lib/rpc/senders.ts), runs its handler and replies with the envelope. Nothing reaches a handler unvalidated or
// from a sender its message does not declare, and no failure goes unanswered.
import { browser, type Browser } from 'wxt/browser';
import type { TableName } from '../../lib/rpc/changes';
import { MESSAGES, parseRequest, type Envelope, type ParsedRequest } from '../../lib/rpc/protocol';
import { refusal } from '../../lib/rpc/senders';
import type { IdeaScoutDb } from './db/database';
import { describeError, RequestError } from './errors';
import { createHandlers } from './handlers';
import { ShortlistSync } from './sync/engine';
import type { HandlerContext, Handlers } from './types';
import { announceChanges, writerOf } from './notify';

export type Route = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<Envelope>;

export function createRouter(
  db: IdeaScoutDb,
  now: () => string = () => new Date().toISOString(),
  sync: ShortlistSync = new ShortlistSync(db),
): Route {
  const handlers = createHandlers(db, sync);
  return async (message, sender) => {
    // runtime.onMessage only carries our own contexts' messages; checking anyway keeps it true if someone adds
    // onMessageExternal or externally_connectable later.
    if (sender.id !== browser.runtime.id) {
      return { ok: false, error: 'Message refused: it does not come from Idea Scout.' };
    }
    const parsed = parseRequest(message);
    if (!parsed.ok) return parsed;
    const { type, payload } = parsed.request;
    const refused = refusal(type, MESSAGES[type].senders, sender, payload, browser.runtime.getURL('/'));
    if (refused) return { ok: false, error: refused };
    const changed = new Set<TableName>();
    try {
      const value = await run(handlers, parsed.request, { changed: (table) => changed.add(table), now });
      await announceChanges(changed, writerOf(sender), now());
      return { ok: true, value };
    } catch (error) {
      if (!(error instanceof RequestError)) console.error(`Idea Scout: "${type}" failed`, error);
      return { ok: false, error: describeError(type, error) };
    }
  };
}

function run(handlers: Handlers, request: ParsedRequest, ctx: HandlerContext): Promise<unknown> {
  // The request was validated against the schema of its own type, so its payload fits that handler.
  const handler = handlers[request.type] as (payload: unknown, ctx: HandlerContext) => Promise<unknown>;
  return handler(request.payload, ctx);
}

/**
 * Answer runtime messages with `route`. Uses sendResponse + `return true` rather than returning a Promise:
 * WXT 0.20's `browser` is the bare `chrome` object in Chrome (no polyfill), and Chrome's onMessage has long
 * ignored a returned Promise; this form works in every Chrome version and in Firefox.
 * Returns the function that removes the listener.
 */
export function listen(route: Route): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (response: Envelope) => void,
  ) => {
    void route(message, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
