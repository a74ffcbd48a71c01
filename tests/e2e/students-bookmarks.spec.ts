// Filters and bookmarks that last: a reload keeps both, a copied link restores the filters for someone else,
// a bookmark made in one tab shows in another at once, and the wiki's origin never holds any of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, OUTREACH_URL, backgroundWorkerOf, expect, test, wikiOf } from './support';
import { bookmarkToggle, clickBookmark, openIdeasPage, searchBox, status, toggle } from './students-support';

const FUZZ = 'Fuzz testing Xen with Mirage';
const KDD = 'KDD (Windows Debugger Stub) enhancements';

test('a reload keeps the filters and the bookmarks', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  await clickBookmark(page, FUZZ);
  await toggle(page, 'Difficulty', 'Medium').click();
  await searchBox(page).fill('xen');
  await expect(status(page)).toHaveText('Showing 6 of 18 ideas');
  // Typing is written to the URL once it pauses.
  await expect(page).toHaveURL(/\?scout=q:xen;difficulty:medium$/);

  await page.reload();
  await expect(status(page)).toHaveText('Showing 6 of 18 ideas');
  await expect(searchBox(page)).toHaveValue('xen');
  await expect(toggle(page, 'Difficulty', 'Medium')).toHaveAttribute('aria-pressed', 'true');
  await expect(bookmarkToggle(page, FUZZ)).toHaveAttribute('aria-pressed', 'true');

  await toggle(page, 'Only', 'Bookmarked').click();
  await expect(status(page)).toHaveText('Showing 1 of 18 ideas');
  await page.reload();
  await expect(status(page)).toHaveText('Showing 1 of 18 ideas');
  await expect(toggle(page, 'Only', 'Bookmarked')).toHaveAccessibleName('Bookmarked (1)');
});

test('a shared link opens with the same filters in a fresh browser', async ({ page, wiki, launchBrowser }) => {
  await openIdeasPage(page, wiki);
  await toggle(page, 'Skills', 'C').click();
  await toggle(page, 'Status', 'Peer reviewed').click();
  await searchBox(page).fill('debugger');
  await expect(status(page)).toHaveText('Showing 1 of 18 ideas');
  await expect(page).toHaveURL(/q:debugger/);
  const link = page.url();

  const other = await launchBrowser(); // another person: a fresh profile
  (await wikiOf(other)).serve(OUTREACH_URL, 'outreach-vector-mw1.31.html');
  const tab = await other.newPage();
  await tab.goto(link);
  await expect(status(tab)).toHaveText('Showing 1 of 18 ideas');
  await expect(searchBox(tab)).toHaveValue('debugger');
  await expect(toggle(tab, 'Skills', 'C')).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle(tab, 'Status', 'Peer reviewed')).toHaveAttribute('aria-pressed', 'true');
  await expect(tab.getByRole('navigation', { name: 'Best matches' }).getByRole('link')).toHaveText([KDD]);
});

test('a bookmark made in one tab shows in the other without a reload', async ({ context, page, wiki }) => {
  await openIdeasPage(page, wiki);
  const second = await context.newPage();
  await second.goto(OUTREACH_URL);
  await expect(status(second)).toBeVisible();
  await toggle(second, 'Only', 'Bookmarked').click();
  await expect(status(second)).toHaveText('Showing 0 of 18 ideas');

  await bookmarkToggle(page, KDD).click();
  await expect(bookmarkToggle(second, KDD)).toHaveAttribute('aria-pressed', 'true');
  await expect(status(second)).toHaveText('Showing 1 of 18 ideas');

  await bookmarkToggle(second, KDD).click();
  await expect(bookmarkToggle(page, KDD)).toHaveAttribute('aria-pressed', 'false');
  await expect(status(second)).toHaveText('Showing 0 of 18 ideas');
});

test('the wiki\'s origin holds no data of ours', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  await clickBookmark(page, FUZZ);
  await toggle(page, 'Skills', 'OCaml').click();
  await searchBox(page).fill('mirage');
  await expect(page).toHaveURL(/q:mirage/);
  await page.reload();
  await expect(bookmarkToggle(page, FUZZ)).toHaveAttribute('aria-pressed', 'true');

  const stored = await page.evaluate(async () => ({
    databases: await indexedDB.databases(),
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    cookie: document.cookie,
  }));
  expect(stored).toEqual({ databases: [], localStorage: [], sessionStorage: [], cookie: '' });
});

test('a bookmarked idea whose heading the wiki renames stays bookmarked under its new title', async ({ page, wiki, extensionId }) => {
  await openIdeasPage(page, wiki);
  await clickBookmark(page, FUZZ);

  // The wiki renames the heading (and so its anchor and the TOC entry); the body stays as it was.
  const renamed = 'Fuzz testing the Xen hypervisor with MirageOS';
  const html = readFileSync(join(FIXTURES_DIR, 'outreach-vector-mw1.31.html'), 'utf8')
    .replaceAll('Fuzz_testing_Xen_with_Mirage', 'Fuzz_testing_the_Xen_hypervisor_with_MirageOS')
    .replaceAll(FUZZ, renamed);
  wiki.serveHtml(OUTREACH_URL, html);
  await page.reload();
  await expect(bookmarkToggle(page, renamed)).toHaveAttribute('aria-pressed', 'true');
  await toggle(page, 'Only', 'Bookmarked').click();
  await expect(status(page)).toHaveText('Showing 1 of 18 ideas');

  // The shortlist names it as the page does now, and does not call it gone.
  const dashboard = await page.context().newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const entry = dashboard.getByRole('list', { name: 'Shortlist' }).getByRole('listitem');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(renamed);
  await expect(entry).not.toContainText(/no longer listed/i);
});

test('a bookmark the browser cannot store is taken back, with the reason, and works once there is space', async ({ page, wiki, context }) => {
  await openIdeasPage(page, wiki);
  // The extension's database refuses every write, as IndexedDB does when the disk is full.
  const worker = await backgroundWorkerOf(context);
  await worker.evaluate(`
    self.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () { throw new DOMException('The disk is full.', 'QuotaExceededError'); };
  `);
  const star = bookmarkToggle(page, KDD);
  await star.click();
  const heading = page.locator('idea-scout-heading', { has: star });
  await expect(heading.getByRole('alert')).toHaveText(/^Not saved: Browser storage is full/);
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await expect(star).not.toHaveAttribute('aria-busy');
  await toggle(page, 'Only', 'Bookmarked').click();
  await expect(status(page)).toHaveText('Showing 0 of 18 ideas');
  await toggle(page, 'Only', 'Bookmarked').click();

  await worker.evaluate(`IDBObjectStore.prototype.put = self.realPut;`);
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(heading.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(bookmarkToggle(page, KDD)).toHaveAttribute('aria-pressed', 'true');
});
