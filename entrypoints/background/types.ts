// The shapes every handler shares. Handlers import them from here, never from each other or from the module
// that assembles them, so the background has no import circles.
import type { TableName } from '../../lib/rpc/changes';
import type { MessageType, ParsedPayload, Result } from '../../lib/rpc/protocol';

export type HandlerContext = {
  /** Report a committed write, so other tabs and pages get told once the handler has finished. */
  changed(table: TableName): void;
  /** Now as an ISO string (injected so tests can pin time). */
  now(): string;
};

export type Handler<T extends MessageType> = (payload: ParsedPayload<T>, ctx: HandlerContext) => Promise<Result<T>>;
/** One handler per message of the catalogue: a missing handler is a compile error. */
export type Handlers = { [T in MessageType]: Handler<T> };
/** The handlers of one family of messages, e.g. `HandlersFor<'bookmarks.'>`. */
export type HandlersFor<Prefix extends string> = Pick<Handlers, Extract<MessageType, `${Prefix}${string}`>>;
