// "Copy as Markdown": puts text on the clipboard and says so. When the browser refuses (no permission, page not
// focused), the text is shown in a box to copy by hand, so the list is never lost.
import { useEffect, useRef, useState } from 'preact/hooks';

export function CopyMarkdownButton({ text, label = 'Copy as Markdown' }: { text: () => string; label?: string }) {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string }>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    const markdown = text();
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(markdown);
      setState({ kind: 'copied' });
      timer.current = window.setTimeout(() => setState({ kind: 'idle' }), 4000);
    } catch {
      setState({ kind: 'failed', text: markdown });
    }
  };

  return (
    <div class="copy-markdown">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" class="copy-status">
        {state.kind === 'copied' ? 'Copied' : ''}
      </span>
      {state.kind === 'failed' && (
        <label class="copy-fallback">
          The browser did not allow copying; select the text and copy it:
          <textarea readOnly rows={6} value={state.text} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
