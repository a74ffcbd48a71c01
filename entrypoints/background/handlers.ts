// One handler per message of the catalogue. The mapped type makes a missing handler a compile error, so a
// new message cannot ship half-wired.
import type { TableName } from '../../lib/rpc/changes';
import type { MessageType, ParsedPayload, Result } from '../../lib/rpc/protocol';
import { bookmarkHandlers } from './bookmarks';
import { dataHandlers } from './data-transfer';
import { draftHandlers } from './drafts';
import { extensionPageHandlers } from './extension-pages';
import { pageAdviceHandlers } from './page-advice';
import { shortlistHandlers } from './shortlist';
import type { IdeaScoutDb } from './db';
import { visitHandlers } from './visits';

export type HandlerContext = {
  /** Report a committed write, so other tabs and pages get told once the handler has finished. */
  changed(table: TableName): void;
  /** Now as an ISO string (injected so tests can pin time). */
  now(): string;
};

export type Handler<T extends MessageType> = (payload: ParsedPayload<T>, ctx: HandlerContext) => Promise<Result<T>>;
export type Handlers = { [T in MessageType]: Handler<T> };
/** The handlers of one family of messages, e.g. `HandlersFor<'bookmarks.'>`. */
export type HandlersFor<Prefix extends string> = Pick<Handlers, Extract<MessageType, `${Prefix}${string}`>>;

export function createHandlers(db: IdeaScoutDb): Handlers {
  return {
    ...bookmarkHandlers(db),
    ...shortlistHandlers(db),
    ...draftHandlers(db),
    ...dataHandlers(db),
    ...pageAdviceHandlers(db),
    ...extensionPageHandlers(),
    ...visitHandlers(db),
  };
}
