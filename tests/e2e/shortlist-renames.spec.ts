// No silent moves: when the wiki renames a bookmarked idea, the shortlist says so and can undo it; when more than
// one renamed idea could be it, the student is asked. And the page data Idea Scout caches can be cleared from
// the dashboard without touching bookmarks or drafts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, FIXTURES_DIR, OUTREACH_URL, test } from './support';
import { card, everything, openExtensionPage, rpc, shownTitles } from './shortlist-helpers';
import { bookmarkToggle, clickBookmark, openIdeasPage } from './students-support';

const FUZZ = 'Fuzz testing Xen with Mirage';
const FIXTURE = readFileSync(join(FIXTURES_DIR, 'outreach-vector-mw1.31.html'), 'utf8');
const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** The page with the idea's heading (its anchor and TOC entry too) renamed; the body stays as it was. */
function renamed(title: string, html = FIXTURE): string {
  return html.replaceAll('Fuzz_testing_Xen_with_Mirage', title.replaceAll(' ', '_')).replaceAll(FUZZ, title);
}

/** The page with the idea split in two headings over the same body: either could be the one bookmarked. */
function split(first: string, second: string): string {
  const start = FIXTURE.indexOf('<h4><span class="mw-headline" id="Fuzz_testing_Xen_with_Mirage">');
  const end = FIXTURE.indexOf('<h4><span class="mw-headline" id="Mirage_OS_web_stack_testing">');
  const block = FIXTURE.slice(start, end);
  return FIXTURE.slice(0, start) + renamed(first, block) + renamed(second, block) + FIXTURE.slice(end);
}

test('a rename the shortlist follows is shown with its date, and Undo puts the bookmark back under its old title', async ({ context, page, wiki, extensionId }) => {
  await openIdeasPage(page, wiki);
  await clickBookmark(page, FUZZ);
  const newTitle = 'Fuzz testing the Xen hypervisor with MirageOS';
  wiki.serveHtml(OUTREACH_URL, renamed(newTitle));
  await page.reload();
  await expect(bookmarkToggle(page, newTitle)).toHaveAttribute('aria-pressed', 'true');

  const dashboard = await openExtensionPage(context, extensionId);
  const item = card(dashboard, newTitle);
  await expect(item.getByText(`was '${FUZZ}' until ${today()}`)).toBeVisible();
  await item.getByRole('button', { name: `Undo: back to '${FUZZ}'` }).click();
  await expect.poll(() => shownTitles(dashboard)).toEqual([FUZZ]);
  await expect(card(dashboard, FUZZ).getByText(/^was '/)).toHaveCount(0);
  expect((await everything(dashboard)).bookmarks).toMatchObject([{ ideaKey: 'Fuzz_testing_Xen_with_Mirage', title: FUZZ, renamedFrom: null }]);

  // The page under its new title no longer counts the student's bookmark as this idea, and does not move it again.
  await page.reload();
  await expect(bookmarkToggle(page, newTitle)).toHaveAttribute('aria-pressed', 'false');
  await expect(card(dashboard, FUZZ)).toContainText(/No longer listed on its page/);
});

test('when two renamed ideas could be the bookmarked one, the shortlist asks, and the answer moves it', async ({ context, page, wiki, extensionId }) => {
  await openIdeasPage(page, wiki);
  await clickBookmark(page, FUZZ);
  const dashboard = await openExtensionPage(context, extensionId);
  await rpc(dashboard, { type: 'drafts.save', pageId: 'Outreach_Program_Projects', ideaKey: 'Fuzz_testing_Xen_with_Mirage', title: FUZZ, text: 'My fuzzing plan', subjectTag: '', editedAt: new Date().toISOString(), session: 's' });

  wiki.serveHtml(OUTREACH_URL, split('Fuzz testing the toolstack', 'Fuzz testing the hypervisor'));
  await page.reload();
  // Nothing moved: neither new idea is bookmarked.
  await expect(bookmarkToggle(page, 'Fuzz testing the toolstack')).toHaveAttribute('aria-pressed', 'false');
  await expect(bookmarkToggle(page, 'Fuzz testing the hypervisor')).toHaveAttribute('aria-pressed', 'false');

  const question = card(dashboard, FUZZ).getByRole('group', { name: /more than one could be this one/ });
  await expect(question.getByRole('button')).toHaveText(["It is 'Fuzz testing the toolstack'", "It is 'Fuzz testing the hypervisor'", 'None of these']);
  await question.getByRole('button', { name: "It is 'Fuzz testing the hypervisor'" }).click();

  await expect.poll(() => shownTitles(dashboard)).toEqual(['Fuzz testing the hypervisor']);
  await expect(card(dashboard, 'Fuzz testing the hypervisor').getByText(`was '${FUZZ}' until ${today()}`)).toBeVisible();
  const stored = await everything(dashboard);
  expect(stored.drafts).toMatchObject([{ ideaKey: 'Fuzz_testing_the_hypervisor', text: 'My fuzzing plan' }]);
  await expect(bookmarkToggle(page, 'Fuzz testing the hypervisor')).toHaveAttribute('aria-pressed', 'true');
});

test('the dashboard says what is stored, and clearing cached page data keeps bookmarks and drafts', async ({ context, page, wiki, extensionId }) => {
  await openIdeasPage(page, wiki);
  await clickBookmark(page, FUZZ);
  const dashboard = await openExtensionPage(context, extensionId);
  await rpc(dashboard, { type: 'drafts.save', pageId: 'Outreach_Program_Projects', ideaKey: 'Fuzz_testing_Xen_with_Mirage', title: FUZZ, text: 'My plan', subjectTag: '', editedAt: new Date().toISOString(), session: 's' });
  const storage = dashboard.getByRole('region', { name: 'Stored in this browser' });
  await expect(storage).toContainText(/1 bookmarked idea, 1 draft \(1 saved version\), and cached data of 1 page \(\d+ KB; at most 50 pages and 50\.0 MB/);
  const before = await everything(dashboard);

  dashboard.once('dialog', (dialog) => void dialog.accept());
  await storage.getByRole('button', { name: 'Clear cached page data' }).click();
  await expect(storage.getByRole('status')).toHaveText('Cleared the cached data of 1 page. Bookmarks, notes and drafts are kept.');
  await expect(storage).toContainText('cached data of 0 pages (0 KB');
  await expect(storage.getByRole('button', { name: 'Clear cached page data' })).toBeDisabled();
  expect(await everything(dashboard)).toEqual(before);
  expect(await rpc(dashboard, { type: 'snapshots.latest' })).toEqual([]);

  // The page starts over as a first visit, with its bookmark.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Since your last visit' })).toContainText('First visit recorded');
  await expect(bookmarkToggle(page, FUZZ)).toHaveAttribute('aria-pressed', 'true');
});
