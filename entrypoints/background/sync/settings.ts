// This browser's sync setting and device id, in browser.storage.local (never synced: each browser decides for
// itself whether it syncs, and knows itself by its own id).
import { browser } from 'wxt/browser';
import { DeviceId } from '../../../lib/sync/format';

const SETTING_KEY = 'sync:enabled';
const DEVICE_KEY = 'sync:device';

export interface SyncSettings {
  device: string;
  /** The student's choice; null until they make one (then sync is on where the browser syncs extension data). */
  enabled: boolean | null;
}

export async function loadSettings(): Promise<SyncSettings> {
  const stored = await browser.storage.local.get([SETTING_KEY, DEVICE_KEY]);
  const enabled = typeof stored[SETTING_KEY] === 'boolean' ? stored[SETTING_KEY] : null;
  let device = stored[DEVICE_KEY];
  if (!DeviceId.safeParse(device).success) {
    device = newDeviceId();
    await browser.storage.local.set({ [DEVICE_KEY]: device });
  }
  return { device: device as string, enabled };
}

export async function saveEnabled(enabled: boolean): Promise<void> {
  await browser.storage.local.set({ [SETTING_KEY]: enabled });
}

function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => (b % 36).toString(36)).join('') + Date.now().toString(36).slice(-4);
}

/**
 * Whether this browser carries extension data between a person's browsers: it must have storage.sync, and
 * Firefox for Android keeps storage.sync on the device only.
 */
export async function browserSyncs(): Promise<boolean> {
  if (!browser.storage?.sync) return false;
  try {
    return (await browser.runtime.getPlatformInfo()).os !== 'android';
  } catch {
    return true;
  }
}
