// The sync status for the shortlist's items, provided once by the shortlist view.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SyncStatus } from '../../lib/sync/status';

export const SyncStatusContext = createContext<SyncStatus | null>(null);

export function useSyncContext(): SyncStatus | null {
  return useContext(SyncStatusContext);
}
