// Turn whatever a handler threw into one sentence for the caller. Nothing is swallowed: every failure of a
// request becomes an `ok: false` reply carrying this text.

/** The request itself is wrong (e.g. inconsistent fields); its message is shown as is. */
export class RequestError extends Error {
  override name = 'RequestError';
}

export const STORAGE_FULL =
  'Browser storage is full, so Idea Scout could not save this. Free some disk space (or delete old Idea Scout data) and try again.';

export function describeError(type: string, error: unknown): string {
  if (isQuotaError(error)) return STORAGE_FULL;
  if (error instanceof RequestError) return error.message;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `Idea Scout could not complete "${type}" (${detail}).`;
}

/**
 * Quota errors arrive as a DOMException named QuotaExceededError, as Dexie's error of the same name, or wrapped
 * (Dexie's `inner`, an AbortError's `cause`) when the browser aborts the transaction instead.
 */
function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = inner ?? cause;
  }
  return false;
}
