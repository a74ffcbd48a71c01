// The journeys' Driver over puppeteer-core and WebDriver BiDi: Firefox (headless) with the built
// .output/firefox-mv2 installed as a temporary add-on, the wiki fixtures answered at the real https URLs.
//
// Firefox quirks handled here, each measured with Firefox ESR 153 and puppeteer-core 24:
// - BiDi's accessibility locator (puppeteer's `::-p-aria`) does not enter shadow roots, where all our UI
//   lives, and takes 250-500 ms a query: elements are found by role and name in the page (aria-in-page.ts),
//   then each element acted on is confirmed in Firefox's own accessibility tree, from its shadow root.
// - BiDi refuses to navigate a tab to moz-extension:// unless Firefox runs with --remote-allow-system-access,
//   and puppeteer then never sees that navigation finish: extension pages are opened with the raw BiDi
//   command (browsingContext.navigate, wait "complete").
// - The background page is no BiDi target, so the add-on's moz-extension:// UUID cannot be read from
//   targets: it is pinned before install with the pref Firefox keeps them in (extensions.webextensions.uuids).
// - Firefox ESR 140 has neither BiDi's download events nor its file dialog event: downloads go to a folder of
//   the driver's own (Firefox's download prefs) and are read there once complete; a file chooser the page opens
//   is kept shut in the page and the file set on its input with BiDi's input.setFiles.
// - Its MV2 background page is reloaded from an extension page (extension.getBackgroundPage()), which ends its
//   scripts and database connections and starts them afresh, as when Firefox restarts it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import type { WikiApiStandIn } from '../../support/wiki-api';
import { describeTarget, type Driver, type PageStorage, type Target, type UserFile } from '../driver';
import { eventually } from '../eventually';
import {
  CAUGHT_FILE_INPUT,
  catchFileChooserInPage,
  pageStorageInPage,
  patternOf,
  summaryInPage,
  syncStorageInPage,
  textsMatchingInPage,
  visibleIdeaTitlesInPage,
} from '../page-probes';
import { findByRoleInPage, type RoleQuery } from './aria-in-page';
import { unfoldSection } from './unfold';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');
const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');

/** How long to wait for an element to appear, as the Playwright driver does. */
const FIND_TIMEOUT_MS = 15_000;

/** The part of puppeteer's BiDi frame used to navigate to extension pages (not in its public types). */
interface BidiBrowsingContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  reload(options: { wait: 'none' | 'interactive' | 'complete' }): Promise<void>;
}

type El = ElementHandle<Element>;

/** An element found by role and name, with the name computed for it in the page. */
interface Found {
  element: El;
  name: string;
}

/**
 * Keys page URLs the way requests report them: normalised, without the #fragment. Like MediaWiki, the stand-in
 * ignores Idea Scout's own `scout` query parameter (the filters a link carries).
 */
function pageKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.searchParams.delete('scout');
  return parsed.href;
}

/** `::-p-aria([name="…"][role="…"])`, quoting the name with a quote it does not contain. */
function ariaSelector(role: string, name?: string): string {
  if (name === undefined) return `::-p-aria([role="${role}"])`;
  const quote = name.includes('"') ? "'" : '"';
  return `::-p-aria([name=${quote}${name}${quote}][role="${role}"])`;
}

export interface FirefoxDriverOptions {
  executablePath: string;
  extensionDir?: string;
}

export class FirefoxDriver implements Driver {
  readonly browserName = 'firefox';
  private readonly served = new Map<string, Buffer>();
  private api: WikiApiStandIn | null = null;
  /** Open tabs, the current one last. */
  private readonly pages: Page[] = [];
  /** Tabs showing an extension page, which need raw BiDi to reload. */
  private readonly onExtensionPage = new WeakSet<Page>();
  /** An extension page that reloads the background page (see `restartBackground`). */
  private backgroundControl: Page | null = null;

  private constructor(
    private readonly browser: Browser,
    /** moz-extension://<uuid> */
    readonly extensionOrigin: string,
    /** Where Firefox saves downloads, and where files to upload are written; removed by `close()`. */
    private readonly filesDir: string,
  ) {}

  /** Starts Firefox with the extension installed and one blank tab. Call `close()` when done. */
  static async launch({ executablePath, extensionDir = FIREFOX_EXTENSION_DIR }: FirefoxDriverOptions): Promise<FirefoxDriver> {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
    const addonId = manifest.browser_specific_settings?.gecko?.id;
    if (!addonId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
    const uuid = randomUUID();
    const filesDir = mkdtempSync(join(tmpdir(), 'idea-scout-firefox-files-'));
    const browser = await puppeteer
      .launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
          // Downloads are saved at once, without a dialog, into the driver's folder.
          'browser.download.folderList': 2,
          'browser.download.dir': join(filesDir, 'downloads'),
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
        },
      })
      .catch((error: unknown) => {
        rmSync(filesDir, { recursive: true, force: true });
        throw error;
      });
    try {
      const installed = await browser.installExtension(extensionDir);
      if (installed !== addonId) throw new Error(`Firefox installed the add-on as ${installed}, expected ${addonId}`);
      const driver = new FirefoxDriver(browser, `moz-extension://${uuid}`, filesDir);
      driver.pages.push(await driver.prepare((await browser.pages())[0] ?? (await browser.newPage())));
      return driver;
    } catch (error) {
      await browser.close();
      rmSync(filesDir, { recursive: true, force: true });
      throw error;
    }
  }

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      rmSync(this.filesDir, { recursive: true, force: true });
    }
  }

  /**
   * After a failure: a screenshot of the current tab saved at `path`, and a few lines saying what the tab
   * showed (its address and the start of its text, our shadow roots included), for the test output.
   */
  async whatWasOnScreen(path: string): Promise<string> {
    const page = this.page;
    await page.screenshot({ path, fullPage: false }).catch(() => {});
    const { href, text } = await page
      .evaluate(() => {
        const parts: string[] = [];
        parts.push((document.body?.innerText ?? '').replace(/\s+/g, ' '));
        for (const host of document.querySelectorAll('*')) {
          if (host.shadowRoot) parts.push(`[shadow] ${(host.shadowRoot.textContent ?? '').replace(/\s+/g, ' ')}`);
        }
        return { href: location.href, text: parts.join('\n').slice(0, 1500) };
      })
      .catch((error: unknown) => ({ href: '?', text: `(could not read the page: ${String(error)})` }));
    return `Firefox tab at ${href} (screenshot: ${path}):\n${text}`;
  }

  private get page(): Page {
    const page = this.pages.at(-1);
    if (!page) throw new Error('No open page left: the journey closed them all.');
    return page;
  }

  /** Routes the tab's web requests to the wiki stand-in. */
  private async prepare(page: Page): Promise<Page> {
    await page.setRequestInterception(true);
    page.on('request', (request) => void this.answer(request));
    return page;
  }

  /**
   * Served pages get their HTML; api.php the API stand-in's answers; other navigations a 404 page (aborting a navigation makes `goto` fail with
   * NS_ERROR_ABORT); other web requests (the skin's CSS, images) are refused, so nothing reaches the network.
   */
  private async answer(request: HTTPRequest): Promise<void> {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (!/^https?:/.test(url)) return request.continue(); // data:, moz-extension:
    if (this.api && /^https:\/\/wiki\.xenproject\.org\/api\.php\?/.test(url)) {
      const answer = this.api.answer(url, request.headers()['api-user-agent'] ?? null);
      if (answer === 'network-error') return request.abort('connectionrefused');
      return request.respond({ status: answer.status, headers: answer.headers, contentType: answer.headers['content-type'], body: answer.body });
    }
    const body = this.served.get(pageKey(url));
    if (body) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    if (request.isNavigationRequest()) {
      return request.respond({ status: 404, contentType: 'text/plain; charset=utf-8', body: `Not served by the test wiki stand-in: ${url}` });
    }
    return request.abort();
  }

  serve(url: string, fixtureFile: string): void {
    this.served.set(pageKey(url), readFileSync(join(FIXTURES_DIR, fixtureFile)));
  }

  serveHtml(url: string, html: string): void {
    this.served.set(pageKey(url), Buffer.from(html, 'utf8'));
  }

  async serveApi(api: WikiApiStandIn): Promise<void> {
    this.api = api;
  }

  async openWiki(url: string, fixtureFile: string): Promise<void> {
    this.serve(url, fixtureFile);
    this.onExtensionPage.delete(this.page);
    await this.page.goto(url);
  }

  async openExtensionPage(path: string): Promise<void> {
    await this.browsingContextOf(this.page).navigate(this.extensionUrl(path), 'complete');
    this.onExtensionPage.add(this.page);
  }

  private extensionUrl(path: string): string {
    return `${this.extensionOrigin}/${path.replace(/^\//, '')}`;
  }

  async reload(): Promise<void> {
    if (this.onExtensionPage.has(this.page)) await this.browsingContextOf(this.page).reload({ wait: 'complete' });
    else await this.page.reload();
  }

  async newPage(): Promise<void> {
    this.pages.push(await this.prepare(await this.browser.newPage()));
  }

  async closePage(): Promise<void> {
    await this.page.close({ runBeforeUnload: false });
    this.pages.pop();
  }

  async url(): Promise<string> {
    return this.page.evaluate(() => location.href);
  }

  /**
   * Reloads the MV2 background page from an extension page in a tab of the driver's own (opened once, kept
   * behind the journey's tabs), and waits until the new page has run its scripts (a fresh window, loaded).
   */
  async restartBackground(): Promise<void> {
    if (!this.backgroundControl) {
      const tab = await this.browser.newPage();
      await this.browsingContextOf(tab).navigate(this.extensionUrl('popup.html'), 'complete');
      this.backgroundControl = tab;
    }
    const tab = this.backgroundControl;
    await tab.evaluate(reloadBackgroundInPage, BEFORE_RESTART);
    await eventually(async () => {
      const state = await tab.evaluate(backgroundStateInPage, BEFORE_RESTART);
      assert.deepEqual(state, { restarted: true, loaded: true }, 'the background page has not started again yet');
    });
  }

  private browsingContextOf(page: Page): BidiBrowsingContext {
    return (page.mainFrame() as unknown as { browsingContext: BidiBrowsingContext }).browsingContext;
  }

  /** Every visible element matching `target` right now, with its computed name. */
  private async findAll(target: Target): Promise<Found[]> {
    const scopes = target.within ? (await this.findAll(target.within)).map((found) => found.element) : [];
    if (target.within && !scopes.length) return [];
    const query: RoleQuery = {
      role: target.role,
      name: target.name === undefined ? null : typeof target.name === 'string' ? target.name : patternOf(target.name),
      hasText: target.hasText ?? null,
    };
    const result = await this.page.evaluateHandle(findByRoleInPage, query, ...scopes);
    try {
      const names = await (await result.getProperty('names')).jsonValue();
      const elements = [...(await (await result.getProperty('elements')).getProperties()).values()];
      return names.map((name, i) => ({ name, element: elements[i].asElement() as El }));
    } finally {
      await result.dispose();
    }
  }

  /** The one element matching `target`, waiting for it to appear; two or more is an error, as in Playwright. */
  private async find(target: Target): Promise<Found> {
    const deadline = Date.now() + FIND_TIMEOUT_MS;
    for (;;) {
      const found = await this.findAll(target);
      if (found.length === 1) return found[0];
      if (found.length > 1) {
        throw new Error(`${describeTarget(target)} matches ${found.length} elements: ${found.map((f) => JSON.stringify(f.name)).join(', ')}`);
      }
      if (Date.now() > deadline) throw new Error(`${describeTarget(target)} did not appear within ${FIND_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Before acting on an element: Firefox's own accessibility tree must expose it with that role and name, as a
   * screen reader would meet it. Searched from the element's shadow root (the BiDi locator does not enter them).
   * The tree follows DOM changes a moment later, hence the retry.
   */
  private async confirmExposed(found: Found, role: string): Promise<void> {
    const root = (await found.element.evaluateHandle((element) => element.getRootNode())) as unknown as El;
    const deadline = Date.now() + FIND_TIMEOUT_MS;
    try {
      for (;;) {
        for (const candidate of await root.$$(ariaSelector(role, found.name))) {
          if (await candidate.evaluate((a, b) => a === b, found.element)) return;
        }
        if (Date.now() > deadline) {
          throw new Error(`Firefox's accessibility tree does not expose the ${role} named ${JSON.stringify(found.name)} that the page shows`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await root.dispose();
    }
  }

  /** The form field whose accessible name is `label`. */
  private async field(label: string): Promise<Found & { role: string }> {
    const deadline = Date.now() + FIND_TIMEOUT_MS;
    for (;;) {
      for (const role of ['searchbox', 'textbox', 'combobox'] as const) {
        const found = await this.findAll({ role, name: label });
        if (found.length === 1) return { ...found[0], role };
      }
      if (Date.now() > deadline) throw new Error(`no field labelled "${label}" appeared within ${FIND_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Acts on an element the way Playwright's actions do: waits until it is there and enabled, and starts over
   * when the UI re-renders it between finding and acting (Preact may replace it; puppeteer then reports it
   * detached or "not clickable").
   */
  private async act(what: string, locate: () => Promise<Found & { role: string }>, action: (found: Found) => Promise<void>): Promise<void> {
    const deadline = Date.now() + FIND_TIMEOUT_MS;
    for (;;) {
      const found = await locate();
      try {
        const enabled = await found.element.evaluate(
          (element) => !(element as HTMLButtonElement).disabled && !(element as HTMLInputElement).readOnly && element.getAttribute('aria-disabled') !== 'true',
        );
        if (enabled) {
          await this.confirmExposed(found, found.role);
          await action(found);
          return;
        }
      } catch (error) {
        if (!/detached|not clickable|not an Element|no such node|stale/i.test(String(error)) || Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline) throw new Error(`${what} stayed disabled for ${FIND_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async click(target: Target): Promise<void> {
    await this.act(
      describeTarget(target),
      async () => ({ ...(await this.find(target)), role: target.role }),
      ({ element }) => element.click(),
    );
  }

  async type(label: string, text: string): Promise<void> {
    await this.act(`the field "${label}"`, () => this.field(label), async ({ element }) => {
      await element.click();
      await element.evaluate((field) => {
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
        else document.getSelection()?.selectAllChildren(field);
      });
      await this.page.keyboard.type(text);
    });
  }

  async press(key: string): Promise<void> {
    // Playwright-style chords ("Control+a"): modifiers down, key, modifiers up.
    const keys = key.split('+') as Parameters<Page['keyboard']['press']>[0][];
    const last = keys.pop()!;
    for (const modifier of keys) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(last);
    for (const modifier of keys.reverse()) await this.page.keyboard.up(modifier);
  }

  async unfold(summary: string): Promise<void> {
    await unfoldSection(summary, async () => {
      const line = (await this.page.evaluateHandle(summaryInPage, summary)).asElement() as El | null;
      return line && {
        isOpen: () => line.evaluate((element) => (element.parentElement as HTMLDetailsElement).open),
        click: () => line.click(),
        dispose: () => line.dispose(),
      };
    });
  }

  /** Clicks, then waits for the one new file in the download folder to be complete (no `.part` file left), and takes it out. */
  async download(target: Target): Promise<UserFile> {
    const folder = join(this.filesDir, 'downloads');
    const listFolder = () => {
      try {
        return readdirSync(folder);
      } catch {
        return []; // Firefox creates it with the first download
      }
    };
    const before = new Set(listFolder());
    await this.click(target);
    return eventually(() => {
      const names = listFolder().filter((name) => !before.has(name));
      assert.ok(names.length > 0, `clicking ${describeTarget(target)} downloaded nothing`);
      assert.ok(!names.some((name) => name.endsWith('.part')), `the download of ${names.join(', ')} has not finished`);
      assert.equal(names.length, 1, `expected one downloaded file, found ${names.join(', ')}`);
      const path = join(folder, names[0]);
      // Firefox reserves the name with an empty file first; an export is never empty.
      assert.ok(statSync(path).size > 0, `${names[0]} is still empty`);
      const text = readFileSync(path, 'utf8');
      rmSync(path); // the next download of the same name keeps its name
      return { name: names[0], text };
    });
  }

  async upload(target: Target, { name, text }: UserFile): Promise<void> {
    await this.page.evaluate(catchFileChooserInPage, CAUGHT_FILE_INPUT);
    await this.click(target);
    const input = await eventually(async () => {
      const caught = (await this.page.evaluateHandle((key) => (window as unknown as Record<string, Element | null>)[key], CAUGHT_FILE_INPUT)).asElement();
      assert.ok(caught, `clicking ${describeTarget(target)} opened no file chooser`);
      return caught as ElementHandle<HTMLInputElement>;
    });
    const path = join(mkdtempSync(join(this.filesDir, 'upload-')), name);
    writeFileSync(path, text);
    try {
      await input.uploadFile(path);
    } finally {
      await input.dispose();
    }
  }

  async choose(target: Target, option: string): Promise<void> {
    await this.act(
      describeTarget(target),
      async () => ({ ...(await this.find(target)), role: target.role }),
      async ({ element }) => {
        const value = await element.evaluate(
          (select, label) => [...(select as HTMLSelectElement).options].find((o) => o.label === label)?.value ?? null,
          option,
        );
        if (value === null) throw new Error(`${describeTarget(target)} has no option "${option}"`);
        await element.select(value);
      },
    );
  }

  async valueOf(label: string | Target): Promise<string> {
    const found = typeof label === 'string' ? await this.field(label) : await this.find(label);
    return found.element.evaluate((element) =>
      element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement
        ? element.value
        : (element.textContent ?? ''),
    );
  }

  async isPressed(target: Target): Promise<boolean> {
    return (await this.find(target)).element.evaluate(
      (element) => element.getAttribute('aria-pressed') === 'true' || (element as HTMLInputElement).checked === true,
    );
  }

  async isBusy(target: Target): Promise<boolean> {
    return (await this.find(target)).element.evaluate((element) => element.getAttribute('aria-busy') === 'true');
  }

  async attributeOf(target: Target, name: string): Promise<string | null> {
    return (await this.find(target)).element.evaluate((element, attribute) => element.getAttribute(attribute), name);
  }

  async textsOf(target: Target): Promise<string[]> {
    const found = await this.findAll(target);
    return Promise.all(found.map(({ element }) => element.evaluate((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())));
  }

  async textsMatching(text: string | RegExp): Promise<string[]> {
    return this.page.evaluate(textsMatchingInPage, patternOf(text));
  }

  async visibleIdeaTitles(): Promise<string[]> {
    return this.page.evaluate(visibleIdeaTitlesInPage);
  }

  async pageStorage(): Promise<PageStorage> {
    return this.page.evaluate(pageStorageInPage);
  }

  async syncStorage(): Promise<Record<string, unknown>> {
    return (await this.page.evaluate(syncStorageInPage, null)) as Record<string, unknown>;
  }

  async putSyncStorage(items: Record<string, unknown>): Promise<void> {
    await this.page.evaluate(syncStorageInPage, items);
  }
}

/** A mark set on the background page's window before it reloads: the reloaded page's window lacks it. */
const BEFORE_RESTART = 'ideaScoutTestBeforeRestart';

type BackgroundWindow = Window & Record<string, unknown>;

/** In an extension page: marks the background page's window, then reloads it. Self-contained. */
function reloadBackgroundInPage(mark: string): void {
  const scope = globalThis as unknown as { browser: { extension: { getBackgroundPage(): BackgroundWindow | null } } };
  const background = scope.browser.extension.getBackgroundPage();
  if (!background) throw new Error('extension.getBackgroundPage() gave no background page');
  background[mark] = true;
  background.location.reload();
}

/** In an extension page: whether the background page is a new one (unmarked) and has loaded. Self-contained. */
function backgroundStateInPage(mark: string): { restarted: boolean; loaded: boolean } | null {
  const scope = globalThis as unknown as { browser: { extension: { getBackgroundPage(): BackgroundWindow | null } } };
  const background = scope.browser.extension.getBackgroundPage();
  return background && { restarted: !background[mark], loaded: background.document.readyState === 'complete' };
}
