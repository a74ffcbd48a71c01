// Functions the drivers run inside the page (Playwright's and Puppeteer's `page.evaluate`), so both browsers
// read the page the same way. Each is self-contained: the browser gets its source text, not its closure.
import type { PageStorage } from './driver';

/**
 * The wiki's idea headings (h4 in the article, both skins) that are rendered right now, in page order.
 * Light DOM only: our own UI lives in shadow roots, which `querySelectorAll` does not enter.
 */
export function visibleIdeaTitlesInPage(): string[] {
  const article = document.querySelector('#mw-content-text') ?? document.body;
  return [...article.querySelectorAll('h4')]
    .filter((heading) => heading.checkVisibility({ visibilityProperty: true }))
    .map((heading) => (heading.querySelector('.mw-headline') ?? heading).textContent.replace(/\s+/g, ' ').trim());
}

/**
 * Visible texts matching `pattern` (a RegExp source, flags), in the document and every open shadow root:
 * the innermost elements whose text matches, whitespace collapsed.
 */
export function textsMatchingInPage([source, flags]: [string, string]): string[] {
  const pattern = new RegExp(source, flags);
  const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const found: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (skip.has(element.tagName) || !pattern.test(textOf(element))) continue;
      const innermost = ![...element.children].some((child) => !skip.has(child.tagName) && pattern.test(textOf(child)));
      if (innermost && element.checkVisibility({ visibilityProperty: true })) found.push(textOf(element));
    }
  };
  visit(document);
  return found;
}

/** What this page's origin holds, as the page sees it. */
export async function pageStorageInPage(): Promise<PageStorage> {
  const keys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)!);
  let cookies: string[] = [];
  try {
    cookies = document.cookie ? document.cookie.split('; ').map((cookie) => cookie.split('=')[0]) : [];
  } catch {
    // Some documents (sandboxed, extension pages in some browsers) refuse cookie access: nothing to list.
  }
  return {
    origin: location.origin,
    indexedDB: (await indexedDB.databases()).map((database) => database.name ?? ''),
    localStorage: keys(localStorage),
    sessionStorage: keys(sessionStorage),
    cookies,
  };
}

/** `textsMatchingInPage`'s argument for a plain string (matched literally, case-sensitive) or a RegExp. */
export function patternOf(text: string | RegExp): [string, string] {
  if (typeof text !== 'string') return [text.source, text.flags.replace('g', '')];
  return [text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ''];
}

type SyncArea = { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

/**
 * In an extension page: reads storage.sync (`items` null) or writes `items` into it. Uses `browser` in Firefox and
 * `chrome` in Chrome (promise-based in MV3). Passed to page.evaluate, so self-contained.
 */
export function syncStorageInPage(items: Record<string, unknown> | null): Promise<Record<string, unknown> | void> {
  const scope = globalThis as unknown as { browser?: { storage?: { sync?: SyncArea } }; chrome?: { storage?: { sync?: SyncArea } } };
  const area = (scope.browser ?? scope.chrome)?.storage?.sync;
  if (!area) throw new Error(`storage.sync is not available in ${location.href}: open an extension page first`);
  return items === null ? area.get(null) : area.set(items);
}

/** The visible summary line (<summary>) starting with `text`, in the document or an open shadow root; null if none. */
export function summaryInPage(text: string): HTMLElement | null {
  const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
  const visit = (root: Document | ShadowRoot): HTMLElement | null => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'summary' && collapse(element.textContent ?? '').startsWith(text) && element.checkVisibility()) {
        return element as HTMLElement;
      }
      const inner = element.shadowRoot && visit(element.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  return visit(document);
}

/** Where `catchFileChooserInPage` leaves the file input whose chooser it kept shut. */
export const CAUGHT_FILE_INPUT = '__ideaScoutTestFileInput';

/**
 * Arms this page so the next file chooser a click opens (a click on an <input type=file>, also the page's own
 * `input.click()`) stays shut and its input is kept at `window[CAUGHT_FILE_INPUT]`, for the test to choose a file
 * in: what Playwright's file chooser does, for drivers without one.
 */
export function catchFileChooserInPage(key: string): void {
  const scope = window as unknown as Record<string, unknown>;
  scope[key] = null;
  const onClick = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLInputElement) || target.type !== 'file') return;
    event.preventDefault();
    scope[key] = target;
    removeEventListener('click', onClick, true);
  };
  addEventListener('click', onClick, true);
}
