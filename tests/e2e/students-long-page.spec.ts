// A long ideas page (300 ideas, made from the saved page as `npm run bench` does): once a search hides an idea,
// far-away ideas are kept out of layout until they come near, the tools at each heading come as the reader gets
// near, and filtering still gives back the page exactly as served.
import { syntheticIdeasPage } from '../../scripts/bench-page';
import { OUTREACH_URL, expect, test, unfold } from './support';
import { bookmarkToggle, clearButton, searchBox, status, tocEntry, wikiContentHtml, wikiHeading } from './students-support';

const COUNT = 300;
const LAST = 'DRBD Integration (variant 15)'; // 282 copies: 15 full rounds of the 18 ideas (DRBD, the last, is not in the 16th)

test('a long page keeps far ideas out of layout, mounts heading tools on approach, and restores exactly', async ({ page, wiki }) => {
  wiki.serveHtml(OUTREACH_URL, syntheticIdeasPage(COUNT));
  await page.goto(OUTREACH_URL);
  await expect(status(page)).toHaveText(`Showing ${COUNT} of ${COUNT} ideas`);

  // Nothing is kept out of layout at load: the page is laid out as served.
  await expect(page.locator('[data-idea-scout-far]')).toHaveCount(0);
  // Tools only at the headings near the view (at the top of the page that is none: the contents come first).
  expect(await page.locator('idea-scout-heading').count()).toBeLessThan(COUNT / 2);
  const served = await wikiContentHtml(page);

  await searchBox(page).pressSequentially('ocmal');
  // Typed at once, the typo may be searched before fuse.js is loaded (at focus); the count follows when it is.
  const shown = async () => Number((await status(page).textContent())!.match(/Showing (\d+)/)![1]);
  await expect.poll(shown).toBeGreaterThan(40);
  expect(await shown()).toBeLessThan(COUNT / 2);
  // The table of contents follows once typing pauses.
  await expect(tocEntry(page, LAST)).toBeHidden();
  await expect(tocEntry(page, 'Fuzz testing Xen with Mirage (variant 15)')).toBeVisible();
  // From the first idea hidden, far ideas still shown are kept out of layout too (their bodies), so that the next
  // change does not move them all.
  const farShown = wikiHeading(page, 'Fuzz testing Xen with Mirage (variant 15)').locator('xpath=following-sibling::table[1]');
  await expect(farShown).toHaveAttribute('data-idea-scout-far', '');
  expect(await farShown.evaluate((table) => getComputedStyle(table).contentVisibility)).toBe('auto');
  await searchBox(page).fill('virtio');
  await expect(status(page)).toHaveText(`Showing ${Math.ceil(COUNT / 18)} of ${COUNT} ideas`);
  await clearButton(page).click();
  await expect(status(page)).toHaveText(`Showing ${COUNT} of ${COUNT} ideas`);
  await expect.poll(() => wikiContentHtml(page)).toBe(served);
  // The far ideas the search hid are shown again kept out of layout (`content-visibility: auto`) until they come near.
  expect(await page.locator('[data-idea-scout-far]').count()).toBeGreaterThan(COUNT);
  expect(await page.locator('table[data-idea-scout-far]').last().evaluate((table) => getComputedStyle(table).contentVisibility)).toBe('auto');

  // Following the table of contents to the last idea: it is laid out, and its bookmark toggle is there.
  await tocEntry(page, LAST).click();
  await expect(wikiHeading(page, LAST)).toBeInViewport();
  await expect(wikiHeading(page, LAST)).not.toHaveAttribute('data-idea-scout-far', '');
  await expect(bookmarkToggle(page, LAST)).toBeVisible();
  await bookmarkToggle(page, LAST).click();
  await expect(bookmarkToggle(page, LAST)).toHaveAttribute('aria-pressed', 'true');
});

test('a long review queue lists the oldest first with "Show all", and a far comment is marked when opened', async ({ page, wiki }) => {
  wiki.serveHtml(OUTREACH_URL, syntheticIdeasPage(COUNT));
  await page.goto(OUTREACH_URL);
  await expect(status(page)).toHaveText(`Showing ${COUNT} of ${COUNT} ideas`);

  // Every copy of the three commented ideas carries its comment: a third of the queue's length in each.
  const review = page.getByRole('region', { name: 'Review', exact: true });
  const total = Number((await review.getByText(/^\d+ open review comments on/).textContent())!.match(/^(\d+) open review comments/)![1]);
  await unfold(review);
  const queue = page.getByRole('region', { name: 'Review queue' });
  expect(total).toBeGreaterThan(40);
  await expect(queue.getByRole('listitem')).toHaveCount(20);
  // Comments are marked in place only near the view (the page's top holds none of them).
  expect(await page.locator('idea-scout-comment').count()).toBeLessThan(total / 2);

  await queue.getByRole('button', { name: `Show all ${total} comments` }).click();
  await expect(queue.getByRole('listitem')).toHaveCount(total);
  await expect(queue.getByRole('button', { name: /^Show all/ })).toHaveCount(0);

  // The newest comment is the last entry, far down the page: following it marks it and moves focus onto its mark.
  await queue.getByRole('link').last().click();
  const focused = page.locator('idea-scout-comment:focus-within');
  await expect(focused).toHaveCount(1);
  await expect(focused).toBeInViewport();
});
