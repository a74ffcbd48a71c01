// What a journey may do in a browser: the few things a person does and sees, nothing browser-specific.
// Two implementations: drivers/playwright.ts (Chromium, tests/e2e/journeys.spec.ts) and drivers/firefox.ts
// (Firefox over WebDriver BiDi, tests/firefox/journeys.test.ts). Elements are found by role and accessible
// name, in the page and in every open shadow root (our UI lives in shadow roots).
import type { WikiApiStandIn } from '../support/wiki-api';

/** An element named the way assistive technology names it, e.g. { role: 'button', name: 'Clear filters' }. */
export interface Target {
  role: AriaRole;
  /** The accessible name: a string matches it exactly, a RegExp anywhere in it. */
  name?: string | RegExp;
  /** Only elements whose text contains this (e.g. the shortlist item of one idea, which has no name). */
  hasText?: string;
  /** Look only inside this element (e.g. the group named "Difficulty"). */
  within?: Target;
}

export type AriaRole =
  | 'button'
  | 'checkbox'
  | 'combobox'
  | 'switch'
  | 'link'
  | 'group'
  | 'region'
  | 'heading'
  | 'searchbox'
  | 'textbox'
  | 'status'
  | 'alert'
  | 'list'
  | 'listitem'
  | 'article'
  | 'tab';

/** A file as the user sees it: its name and its (UTF-8) text. */
export interface UserFile {
  name: string;
  text: string;
}

/** What the page's own origin holds, as the page itself sees it. */
export interface PageStorage {
  origin: string;
  /** Names from indexedDB.databases(). */
  indexedDB: string[];
  localStorage: string[];
  sessionStorage: string[];
  cookies: string[];
}

export interface Driver {
  /** 'chromium' or 'firefox', for messages only: a journey must not branch on it. */
  readonly browserName: string;

  /** Serves a fixture file (a name in tests/fixtures) at a wiki URL; later visits of the URL get it. */
  serve(url: string, fixtureFile: string): void;
  /** Serves an HTML string at a wiki URL. */
  serveHtml(url: string, html: string): void;
  /** From now on the wiki's api.php (at its real URL) is answered by this stand-in; `api.down` makes it unreachable. */
  serveApi(api: WikiApiStandIn): Promise<void>;
  /** Serves the fixture at the URL and opens it in the current tab, as if the wiki had answered. */
  openWiki(url: string, fixtureFile: string): Promise<void>;
  /** Opens one of the extension's pages in the current tab, e.g. 'dashboard.html'. */
  openExtensionPage(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Opens a new tab and makes it current. */
  newPage(): Promise<void>;
  /** Closes the current tab at once (no unload prompt, no waiting); the previous tab becomes current. */
  closePage(): Promise<void>;
  /** The current tab's address, as the address bar shows it (the page may have changed it with history.replaceState). */
  url(): Promise<string>;
  /**
   * Restarts the extension's background as the browser does, and returns once it runs again: Chrome stops the
   * idle service worker (the next message starts it), Firefox's MV2 background page is reloaded.
   */
  restartBackground(): Promise<void>;

  /** Clicks an element, waiting for it to appear. */
  click(target: Target): Promise<void>;
  /** Replaces the content of the field labelled `label` by typing `text`, key by key. */
  type(label: string, text: string): Promise<void>;
  /** Presses a key (or chord like 'Control+a') in the focused element. */
  press(key: string): Promise<void>;
  /** Unfolds the folded section (a <details>) whose summary line starts with `summary`, unless it is open already. */
  unfold(summary: string): Promise<void>;
  /** Clicks `target` and returns the file the browser downloads: its name and its text. */
  download(target: Target): Promise<UserFile>;
  /** Clicks `target`, which opens a file chooser, and chooses a file named `file.name` holding `file.text`. */
  upload(target: Target, file: UserFile): Promise<void>;

  /** Picks the option shown as `option` in a drop-down list (a <select>). */
  choose(target: Target, option: string): Promise<void>;

  /** The current value of the field labelled `label` (or of the field `target`, e.g. one of several "Note" fields). */
  valueOf(label: string | Target): Promise<string>;
  /** Whether a toggle is on (aria-pressed="true", or checked). */
  isPressed(target: Target): Promise<boolean>;
  /** Whether a control says a change is still on its way (aria-busy="true"). */
  isBusy(target: Target): Promise<boolean>;
  /** An attribute of the one element matching `target` (e.g. a link's href), waiting for it to appear. */
  attributeOf(target: Target, name: string): Promise<string | null>;
  /** The visible text of every element matching `target`, now (no waiting). */
  textsOf(target: Target): Promise<string[]>;
  /**
   * The visible texts containing `text` (or matching a RegExp), in the page and our shadow roots:
   * the innermost element holding all of the match, whitespace collapsed. Now, no waiting.
   */
  textsMatching(text: string | RegExp): Promise<string[]>;

  /** Titles of the idea headings the wiki page shows right now, read from the wiki's own DOM, in page order. */
  visibleIdeaTitles(): Promise<string[]>;
  /** What the current page's origin holds (indexedDB.databases(), localStorage, …), seen from the page. */
  pageStorage(): Promise<PageStorage>;

  /** Everything the extension keeps in the browser's storage.sync, read from the extension page in the current tab. */
  syncStorage(): Promise<Record<string, unknown>>;
  /** Writes items into the extension's storage.sync, as the browser's sync does when they arrive from another device. */
  putSyncStorage(items: Record<string, unknown>): Promise<void>;
}

/** A user journey: one story of what the user does and sees, run in every browser. */
export interface Journey {
  name: string;
  run(driver: Driver): Promise<void>;
  /** Browsers where it cannot run, each with the reason the test output gives. */
  cannotRunIn?: Partial<Record<'chromium' | 'firefox', string>>;
}

/** A journey across two browsers of one person (two fresh profiles), e.g. a file or sync data carried between them. */
export interface TwoBrowserJourney {
  name: string;
  run(first: Driver, second: Driver): Promise<void>;
  /** Browsers where it cannot run, each with the reason the test output gives. */
  cannotRunIn?: Journey['cannotRunIn'];
}

/** A readable description of a target for error messages: button "Clear filters" in group "Difficulty". */
export function describeTarget(target: Target): string {
  const name = target.name === undefined ? '' : ` ${typeof target.name === 'string' ? JSON.stringify(target.name) : String(target.name)}`;
  const text = target.hasText === undefined ? '' : ` with text ${JSON.stringify(target.hasText)}`;
  return `${target.role}${name}${text}${target.within ? ` in ${describeTarget(target.within)}` : ''}`;
}
