// The client side of the RPC to the background (which owns the database). Used by the content script and by
// extension pages. Only types come from the protocol, so this adds no zod and no Dexie to a bundle.
import { browser } from 'wxt/browser';
import { changeKey, type ChangeStamp, type TableName } from './changes';
import type { Envelope, MessageType, Payload, Result } from './protocol';
import { errorMessage } from '../errors';

/** The background answered `ok: false`, or did not answer. `message` is meant to be shown to the person. */
export class RpcError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

/** Messages whose payload is all optional may omit it. */
type PayloadArgs<T extends MessageType> = Record<never, never> extends Payload<T> ? [payload?: Payload<T>] : [payload: Payload<T>];

/** Ask the background to run `type`; resolves with its value, rejects with an RpcError carrying its message. */
export async function call<T extends MessageType>(type: T, ...[payload]: PayloadArgs<T>): Promise<Result<T>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ ...payload, type });
  } catch (error) {
    // E.g. the extension was reloaded and this content script is orphaned, or the background failed to start.
    throw new RpcError(type, `Idea Scout could not reach its background (${type}): ${errorMessage(error)}`);
  }
  if (!isEnvelope(reply)) throw new RpcError(type, `Idea Scout's background gave no answer to ${type}.`);
  if (!reply.ok) throw new RpcError(type, reply.error);
  return reply.value as Result<T>;
}

function isEnvelope(reply: unknown): reply is Envelope {
  if (typeof reply !== 'object' || reply === null) return false;
  const { ok, error } = reply as { ok?: unknown; error?: unknown };
  return ok === true || (ok === false && typeof error === 'string');
}

export type DataChange = { table: TableName; stamp: ChangeStamp };

/**
 * Call `callback` whenever the background commits a write to one of `tables`, from any tab or page (this one
 * included: re-reading is cheap and keeps one code path). Returns the function that stops listening.
 */
export function onDataChanged(tables: readonly TableName[], callback: (change: DataChange) => void): () => void {
  const watched = new Map(tables.map((table) => [changeKey(table), table]));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      const table = watched.get(key);
      if (table && isStamp(change.newValue)) callback({ table, stamp: change.newValue });
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function isStamp(value: unknown): value is ChangeStamp {
  return typeof value === 'object' && value !== null && typeof (value as ChangeStamp).at === 'string';
}
