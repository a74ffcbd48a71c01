// Sync as the views show it: the background's status, read again whenever it changes, and the setting.
import { useState } from 'preact/hooks';
import { errorMessage } from '../lib/errors';
import { call } from '../lib/rpc/client';
import { useRpcQuery } from './rpc';

export function useSyncStatus() {
  const query = useRpcQuery('sync.status', {}, ['sync']);
  const [settingError, setSettingError] = useState<string | null>(null);

  /** Turns sync on or off; the reply is the new status. */
  const setEnabled = async (enabled: boolean) => {
    setSettingError(null);
    try {
      query.set(await call('sync.setEnabled', { enabled }));
    } catch (e) {
      setSettingError(errorMessage(e));
    }
  };

  return { status: query.data, error: settingError ?? query.error, setEnabled };
}
