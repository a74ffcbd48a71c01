// The data layer of the extension pages: reads through the background, read again whenever any tab or page
// commits a change to the tables a read depends on. Containers call these hooks and hand the data to views.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TableName } from '../lib/rpc/changes';
import { call, onDataChanged } from '../lib/rpc/client';
import type { MessageType, Payload, Result } from '../lib/rpc/protocol';
import { errorMessage } from '../lib/errors';

export interface RpcQuery<T> {
  /** Null until the first read answers. */
  data: T | null;
  /** Why the last read failed (the previous data stays). */
  error: string | null;
  reload: () => Promise<void>;
  /** Show a value before the background confirms it (the next read replaces it). */
  set: (value: T) => void;
}

/**
 * Reads `type` with `payload`, and again whenever one of `tables` changes. Answers that arrive out of order are
 * dropped: the data shown is always that of the newest read. `enabled: false` reads nothing (yet).
 */
export function useRpcQuery<T extends MessageType>(
  type: T,
  payload: Payload<T>,
  tables: readonly TableName[],
  { enabled = true }: { enabled?: boolean } = {},
): RpcQuery<Result<T>> {
  const [data, setData] = useState<Result<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const key = JSON.stringify(payload);
  const watched = tables.join(' ');

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const value = await (call as (type: T, payload: Payload<T>) => Promise<Result<T>>)(type, JSON.parse(key) as Payload<T>);
      if (ticket !== latest.current) return;
      setData(value);
      setError(null);
    } catch (e) {
      if (ticket === latest.current) setError(errorMessage(e));
    }
  }, [type, key]);

  useEffect(() => {
    if (!enabled) return;
    void reload();
    const stop = onDataChanged(watched.split(' ') as TableName[], () => void reload());
    return () => {
      stop();
      latest.current++; // an answer still on its way belongs to a read no one waits for
    };
  }, [reload, watched, enabled]);

  return { data, error, reload, set: setData };
}
