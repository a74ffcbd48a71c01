// Which ideas are near the viewport (within a viewport's height of it), so that a long page pays only for the
// ideas the reader gets near: their heading tools, their marked search matches. On a page of fewer than
// LONG_PAGE_IDEAS ideas every idea counts as near: it lays out in no time.
//
// Once the filters first hide an idea, far ideas are kept out of layout (FAR_ATTR, `content-visibility: auto`) until
// they come near: the bodies of all of them, and hidden ones whole. Hiding or showing ideas moves everything below
// them; Chromium then restyles, lays out and walks only what is near, not the rest of the page, at every change.
import type { ScannedPage } from '../../../lib/parse/index';
import { FAR_ATTR } from './page-stylesheet';

/** From this many ideas on, the page is long. */
export const LONG_PAGE_IDEAS = 150;

export interface NearViewport {
  readonly long: boolean;
  isNear(key: string): boolean;
  /** The ideas near the viewport now, read from the page's current layout before anything of ours is added. */
  nearNow(): string[];
  /** Called when an idea's body comes near the viewport; returns the function that stops it. */
  onNear(listener: (key: string) => void): () => void;
  /** Keeps the idea out of layout while it is far (call when hiding it: it costs nothing then). */
  keepOutWhileFar(key: string): void;
  /** Keeps every far idea out of layout (call when the filters first hide one; later calls do nothing). */
  keepFarOutOfLayout(): void;
  /** Lays the idea out at its real size now, before the reader is taken there. */
  bringNear(key: string): void;
  dispose(): void;
}

export function createNearViewport(scan: ScannedPage): NearViewport {
  const elementsOf = new Map<string, Element[]>();
  const owner = new Map<Element, string>();
  for (const [key, { heading, blocks }] of scan.nodes) {
    elementsOf.set(key, [heading, ...blocks]);
    for (const block of blocks) owner.set(block, key);
  }
  const long = scan.ideas.length >= LONG_PAGE_IDEAS && typeof IntersectionObserver === 'function';
  /** Per idea, how many of its body blocks are near (only bodies are watched: each watched element costs every frame). */
  const nearBlocks = new Map<string, number>();
  const nearBodies = new Set<Element>();
  const listeners = new Set<(key: string) => void>();
  /** What nearNow found, until the observer's first report. */
  let firstNear: Set<string> | null = null;
  let farKeptOut = false;
  const isNear = (key: string) => !long || (nearBlocks.get(key) ?? 0) > 0 || !!firstNear?.has(key);
  const bringNear = (key: string) => {
    for (const element of elementsOf.get(key) ?? []) element.removeAttribute(FAR_ATTR);
  };

  const observer = long
    ? new IntersectionObserver(
        (entries) => {
          firstNear = null;
          const cameNear: string[] = [];
          for (const { target, isIntersecting } of entries) {
            if (isIntersecting === nearBodies.has(target)) continue;
            const key = owner.get(target)!;
            const was = nearBlocks.get(key) ?? 0;
            nearBlocks.set(key, was + (isIntersecting ? 1 : -1));
            if (!isIntersecting) {
              nearBodies.delete(target);
              continue;
            }
            nearBodies.add(target);
            if (was > 0) continue;
            bringNear(key);
            cameNear.push(key);
          }
          for (const key of cameNear) for (const listener of listeners) listener(key);
        },
        { rootMargin: '100% 0px' },
      )
    : null;
  for (const body of owner.keys()) observer?.observe(body);

  return {
    long,
    isNear,
    nearNow() {
      if (!long) return [...elementsOf.keys()];
      // Headings come in page order: a binary search finds the first one near, a walk the rest.
      const keys = [...elementsOf.keys()];
      const top = (key: string) => elementsOf.get(key)![0].getBoundingClientRect().top;
      const from = -innerHeight;
      const to = 2 * innerHeight;
      let low = 0;
      let high = keys.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (top(keys[mid]) < from) low = mid + 1;
        else high = mid;
      }
      const near = low > 0 ? [keys[low - 1]] : []; // the idea the viewport may start inside
      for (let i = low; i < keys.length && top(keys[i]) < to; i++) near.push(keys[i]);
      firstNear = new Set(near);
      return near;
    },
    onNear(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    keepOutWhileFar(key) {
      if (isNear(key)) return;
      for (const element of elementsOf.get(key)!) element.setAttribute(FAR_ATTR, '');
    },
    keepFarOutOfLayout() {
      if (!long || farKeptOut) return;
      farKeptOut = true;
      // Bodies only: they hold nearly all of an idea's boxes, and a heading's containment costs Chromium more
      // style work than its box saves.
      for (const [key, elements] of elementsOf) {
        if (isNear(key)) continue;
        for (const block of elements.slice(1)) block.setAttribute(FAR_ATTR, '');
      }
    },
    bringNear,
    dispose() {
      observer?.disconnect();
      for (const elements of elementsOf.values()) for (const element of elements) element.removeAttribute(FAR_ATTR);
    },
  };
}
