// Sync as the views show it: the background's status, re-read whenever it changes, and the setting.
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { call, onDataChanged } from '../../lib/rpc/client';
import type { SyncStatus } from '../../lib/sync/status';

export interface SyncState {
  /** Null until the background answers. */
  status: SyncStatus | null;
  /** Why reading or changing the setting failed. */
  error: string | null;
  setEnabled: (enabled: boolean) => Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useSyncStatus(): SyncState {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setStatus(await call('sync.status'));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    void reload();
    return onDataChanged(['sync'], () => void reload());
  }, [reload]);

  const setEnabled = async (enabled: boolean) => {
    setError(null);
    try {
      setStatus(await call('sync.setEnabled', { enabled }));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return { status, error, setEnabled };
}

/** The sync status for the shortlist's items, provided once by the shortlist. */
export const SyncStatusContext = createContext<SyncStatus | null>(null);

export function useSyncContext(): SyncStatus | null {
  return useContext(SyncStatusContext);
}
