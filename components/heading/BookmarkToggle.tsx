// The star at an idea's heading. Its name stays "Bookmark <title>"; aria-pressed says whether it is on.
export function BookmarkToggle({
  title,
  pressed,
  busy,
  error,
  onToggle,
}: {
  title: string;
  pressed: boolean;
  /** A change is on its way to the extension's storage. */
  busy: boolean;
  error: string | null;
  onToggle(): void;
}) {
  return (
    <>
      <button
        type="button"
        class={`bookmark${pressed ? ' on' : ''}`}
        aria-pressed={pressed}
        aria-label={`Bookmark ${title}`}
        aria-busy={busy || undefined}
        onClick={onToggle}
      >
        <span class="star" aria-hidden="true">
          {pressed ? '\u2605' : '\u2606'}
        </span>
        Bookmark
      </button>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
