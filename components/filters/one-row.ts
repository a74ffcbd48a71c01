// Keeps a wrapping row of buttons to its first line: the ones that wrap past it are clipped (the row's CSS) and
// hidden from the keyboard and screen readers here. Measured by one ResizeObserver when the row or a button
// changes size (a count in a label), which reads layout the browser has just done, never forcing one; re-renders
// of the panel do not measure again.
import { useEffect, useState } from 'preact/hooks';

/**
 * How many children of `row` wrap past its first line (0 while `active` is false). `items` is what the row
 * shows: when it changes (new buttons), the row is observed and measured anew.
 */
export function useOneRow(row: { current: HTMLElement | null }, active: boolean, items: unknown): number {
  const [wrapped, setWrapped] = useState(0);
  useEffect(() => {
    const element = row.current;
    if (!element) return;
    const children = () => [...element.children] as HTMLElement[];
    if (!active || typeof ResizeObserver !== 'function') {
      for (const child of children()) Object.assign(child.style, { visibility: '', contentVisibility: '' });
      setWrapped(0);
      return;
    }
    const measure = () => {
      const items = children();
      // All positions first, then the writes: a write between two reads would make the browser restyle for each.
      const tops = items.map((item) => item.offsetTop);
      const firstPast = tops.findIndex((top) => top > tops[0]);
      let count = 0;
      items.forEach((item, i) => {
        const past = firstPast >= 0 && i >= firstPast;
        const visibility = past ? 'hidden' : '';
        if (item.style.visibility !== visibility) item.style.visibility = visibility;
        // Past the first one to wrap, a button's size cannot change what fits on the first line: its contents (a
        // count changing at every key) are not laid out until the row shows it again.
        const contentVisibility = firstPast >= 0 && i > firstPast ? 'hidden' : '';
        if (item.style.contentVisibility !== contentVisibility) item.style.contentVisibility = contentVisibility;
        if (past) count++;
      });
      setWrapped(count);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of children()) observer.observe(child);
    return () => observer.disconnect();
  }, [row, active, items]);
  return wrapped;
}
