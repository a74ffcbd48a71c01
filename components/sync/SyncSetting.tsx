// The setting "Sync my shortlist across my browsers", its one-sentence explanation, and what the student should
// know about sync right now (full quota, items left alone, writes waiting).
import { useState } from 'preact/hooks';
import { SYNC_EXPLANATION, SYNC_SETTING_LABEL, SYNC_UNAVAILABLE, syncMessages, type SyncStatus } from '../../lib/sync/status';
import './sync.css';

export interface SyncState {
  /** Null until the background answers. */
  status: SyncStatus | null;
  /** Why reading or changing the setting failed. */
  error: string | null;
  setEnabled: (enabled: boolean) => Promise<void>;
}

function summary(status: SyncStatus): string {
  if (!status.available) return SYNC_UNAVAILABLE;
  if (!status.enabled) return 'Off: the shortlist stays in this browser only.';
  if (status.lastSyncedAt === null) return 'Syncing…';
  const at = new Date(status.lastSyncedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return `On. Last synced at ${at}.`;
}

export function SyncSetting({ state }: { state: SyncState }) {
  const { status, error, setEnabled } = state;
  const [busy, setBusy] = useState(false);
  if (!status) return error ? <p class="error" role="alert">{error}</p> : null;

  const toggle = async (enabled: boolean) => {
    setBusy(true);
    await setEnabled(enabled);
    setBusy(false);
  };
  const messages = syncMessages(status, Date.now());
  return (
    <section class="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading" class="sr-only">
        Sync
      </h2>
      <label class="sync-toggle">
        <input
          type="checkbox"
          checked={status.enabled && status.available}
          disabled={!status.available || busy}
          aria-describedby="sync-explanation"
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        {SYNC_SETTING_LABEL}
      </label>
      <p id="sync-explanation" class="sync-explanation muted">
        {SYNC_EXPLANATION}
      </p>
      <p class="sync-state" role="status">
        {busy ? (status.enabled ? 'Removing the shortlist from sync storage…' : 'Turning sync on…') : summary(status)}
      </p>
      {messages.length > 0 && (
        <ul class="sync-messages" aria-label="Sync messages">
          {messages.map((m) => (
            <li key={m.text} class={`sync-message ${m.level}`}>
              {m.text}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
