// The journeys' Driver over Playwright (Chromium with the Chrome build, the e2e harness's fixtures).
// Roles and names come from Playwright's own accessibility matching, which pierces open shadow roots.
import { readFile } from 'node:fs/promises';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { WikiStandIn } from '../../e2e/support/wiki';
import { serveApi } from '../../e2e/support/wiki-api';
import type { WikiApiStandIn } from '../../support/wiki-api';
import { describeTarget, type Driver, type PageStorage, type Target, type UserFile } from '../driver';
import { pageStorageInPage, patternOf, summaryInPage, syncStorageInPage, textsMatchingInPage, visibleIdeaTitlesInPage } from '../page-probes';
import { unfoldSection } from './unfold';

/** How long to wait for an element to appear, as the Firefox driver does. */
const FIND_TIMEOUT_MS = 15_000;

export class PlaywrightDriver implements Driver {
  readonly browserName = 'chromium';
  /** Open tabs, the current one last. */
  private readonly pages: Page[];

  constructor(
    private readonly context: BrowserContext,
    page: Page,
    private readonly wiki: WikiStandIn,
    private readonly extensionId: string,
  ) {
    this.pages = [page];
  }

  private get page(): Page {
    const page = this.pages.at(-1);
    if (!page) throw new Error('No open page left: the journey closed them all.');
    return page;
  }

  serve(url: string, fixtureFile: string): void {
    this.wiki.serve(url, fixtureFile);
  }

  serveHtml(url: string, html: string): void {
    this.wiki.serveHtml(url, html);
  }

  async serveApi(api: WikiApiStandIn): Promise<void> {
    await serveApi(this.context, api);
  }

  async openWiki(url: string, fixtureFile: string): Promise<void> {
    this.serve(url, fixtureFile);
    await this.page.goto(url);
  }

  async openExtensionPage(path: string): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`);
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async newPage(): Promise<void> {
    this.pages.push(await this.context.newPage());
  }

  async closePage(): Promise<void> {
    await this.page.close({ runBeforeUnload: false });
    this.pages.pop();
  }

  async url(): Promise<string> {
    return this.page.evaluate(() => location.href);
  }

  /** Stops the service worker as Chrome does when it is idle (over CDP), and waits until Chrome reports it stopped. */
  async restartBackground(): Promise<void> {
    const cdp = await this.context.newCDPSession(this.page);
    try {
      const stopped = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the service worker did not stop within ${FIND_TIMEOUT_MS} ms`)), FIND_TIMEOUT_MS);
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((version) => version.scriptURL.startsWith(`chrome-extension://${this.extensionId}/`) && version.runningStatus === 'stopped')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    } finally {
      await cdp.detach();
    }
  }

  private locate(target: Target): Locator {
    const scope = target.within ? this.locate(target.within) : this.page;
    const name = target.name;
    const found = scope.getByRole(target.role, name === undefined ? {} : { name, exact: typeof name === 'string' });
    return target.hasText === undefined ? found : found.filter({ hasText: target.hasText });
  }

  /** Exactly one element: a journey naming an ambiguous target is a bug in the journey (or the UI). */
  private one(target: Target): Locator {
    return this.locate(target).describe(describeTarget(target));
  }

  async click(target: Target): Promise<void> {
    await this.one(target).click({ timeout: FIND_TIMEOUT_MS });
  }

  async type(label: string, text: string): Promise<void> {
    const field = this.page.getByLabel(label, { exact: true });
    // A draft editor stays disabled until its text has loaded; the first key then replaces the selection.
    await expect(field).toBeEditable({ timeout: FIND_TIMEOUT_MS });
    await field.selectText({ timeout: FIND_TIMEOUT_MS });
    await field.pressSequentially(text);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async unfold(summary: string): Promise<void> {
    await unfoldSection(summary, async () => {
      const line = (await this.page.evaluateHandle(summaryInPage, summary)).asElement();
      return line && {
        isOpen: () => line.evaluate((element) => (element.parentElement as HTMLDetailsElement).open),
        click: () => line.click(),
        dispose: () => line.dispose(),
      };
    });
  }

  async download(target: Target): Promise<UserFile> {
    const started = this.page.waitForEvent('download', { timeout: FIND_TIMEOUT_MS });
    await this.click(target);
    const file = await started;
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  }

  async upload(target: Target, { name, text }: UserFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser', { timeout: FIND_TIMEOUT_MS });
    await this.click(target);
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text, 'utf8') });
  }

  async choose(target: Target, option: string): Promise<void> {
    await this.one(target).selectOption({ label: option }, { timeout: FIND_TIMEOUT_MS });
  }

  async valueOf(label: string | Target): Promise<string> {
    const field = typeof label === 'string' ? this.page.getByLabel(label, { exact: true }) : this.one(label);
    return field.inputValue({ timeout: FIND_TIMEOUT_MS });
  }

  async isPressed(target: Target): Promise<boolean> {
    return this.one(target).evaluate(
      (element) => element.getAttribute('aria-pressed') === 'true' || (element as HTMLInputElement).checked === true,
      undefined,
      { timeout: FIND_TIMEOUT_MS },
    );
  }

  async isBusy(target: Target): Promise<boolean> {
    return (await this.one(target).getAttribute('aria-busy', { timeout: FIND_TIMEOUT_MS })) === 'true';
  }

  async attributeOf(target: Target, name: string): Promise<string | null> {
    return this.one(target).getAttribute(name, { timeout: FIND_TIMEOUT_MS });
  }

  async textsOf(target: Target): Promise<string[]> {
    const texts = await this.locate(target).allTextContents();
    return texts.map((text) => text.replace(/\s+/g, ' ').trim());
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
