// Keeps a wrapping row of buttons to its first line: the ones that wrap past it are clipped (the row's CSS) and
// hidden from the keyboard and screen readers here. Measured after each layout by a ResizeObserver, which reads
// layout the browser has just done, never forcing one.
import { useEffect, useState } from 'preact/hooks';

/** How many children of `row` wrap past its first line (0 while `active` is false). */
export function useOneRow(row: { current: HTMLElement | null }, active: boolean): number {
  const [wrapped, setWrapped] = useState(0);
  useEffect(() => {
    const element = row.current;
    if (!element) return;
    const children = () => [...element.children] as HTMLElement[];
    if (!active || typeof ResizeObserver !== 'function') {
      for (const child of children()) child.style.visibility = '';
      setWrapped(0);
      return;
    }
    const measure = () => {
      const items = children();
      const firstTop = items[0]?.offsetTop ?? 0;
      let count = 0;
      for (const item of items) {
        const past = item.offsetTop > firstTop;
        item.style.visibility = past ? 'hidden' : '';
        if (past) count++;
      }
      setWrapped(count);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of children()) observer.observe(child);
    return () => observer.disconnect();
  });
  return wrapped;
}
