// Elements built by hand, for the UI repeated at every idea (a long page has a thousand headings): creating
// them directly costs a fraction of a first Preact render. Text is always set as text, never parsed as HTML.
type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | null | undefined | ((event: MouseEvent) => void)>;

/** `h('button', { type: 'button', onClick }, 'Bookmark')`: attributes, `on…` listeners, then children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value == null) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    else element.setAttribute(name, String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Replaces what `parent` holds. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((child): child is Node | string => !!child));
}
