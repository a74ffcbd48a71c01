import type { ShortlistSync } from '../sync/engine';
import type { HandlersFor } from '../types';

export function syncHandlers(sync: ShortlistSync): HandlersFor<'sync.'> {
  return {
    'sync.status': () => sync.getStatus(),
    'sync.setEnabled': ({ enabled }) => sync.setEnabled(enabled),
  };
}
