// A panel section folded into one line: its title and counts, unfolded on demand. The body is a function, called
// only while the section is open, so a folded section builds nothing.
import type { ComponentChildren } from 'preact';

export function Fold({
  class: className,
  title,
  counts,
  open,
  onToggle,
  children,
}: {
  class: string;
  title: string;
  counts: ComponentChildren;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: () => ComponentChildren;
}) {
  return (
    <section class={`fold ${className}`} aria-label={title}>
      <details open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
        <summary>
          <span class="fold-title">{title}</span> <span class="fold-counts">{counts}</span>
        </summary>
        {open && <div class="fold-body">{children()}</div>}
      </details>
    </section>
  );
}
