// A long ideas page (300 ideas, made from the saved page as `npm run bench` does): far-away ideas are kept
// out of layout, the tools at each heading come as the reader gets near, and filtering still gives back the
// page exactly as served.
import { syntheticIdeasPage } from '../../scripts/bench-page';
import { OUTREACH_URL, expect, test } from './support';
import { bookmarkToggle, clearButton, searchBox, status, tocEntry, wikiContentHtml, wikiHeading } from './students-support';

const COUNT = 300;
const LAST = 'DRBD Integration (variant 15)'; // 282 copies: 15 full rounds of the 18 ideas (DRBD, the last, is not in the 16th)

test('a long page keeps far ideas out of layout, mounts heading tools on approach, and restores exactly', async ({ page, wiki }) => {
  wiki.serveHtml(OUTREACH_URL, syntheticIdeasPage(COUNT));
  await page.goto(OUTREACH_URL);
  await expect(status(page)).toHaveText(`Showing ${COUNT} of ${COUNT} ideas`);

  // Far bodies and headings carry the attribute whose rule is `content-visibility: auto`.
  await expect.poll(() => page.locator('[data-idea-scout-far]').count()).toBeGreaterThan(COUNT);
  expect(await page.locator('table[data-idea-scout-far]').first().evaluate((table) => getComputedStyle(table).contentVisibility)).toBe('auto');
  // Tools only at the headings near the view (at the top of the page that is none: the contents come first).
  expect(await page.locator('idea-scout-heading').count()).toBeLessThan(COUNT / 2);
  const served = await wikiContentHtml(page);

  await searchBox(page).fill('ocmal');
  const ocaml = Number((await status(page).textContent())!.match(/Showing (\d+)/)![1]);
  expect(ocaml).toBeGreaterThan(40);
  expect(ocaml).toBeLessThan(COUNT / 2);
  await searchBox(page).fill('virtio');
  await expect(status(page)).toHaveText(`Showing ${Math.ceil(COUNT / 18)} of ${COUNT} ideas`);
  await clearButton(page).click();
  await expect(status(page)).toHaveText(`Showing ${COUNT} of ${COUNT} ideas`);
  expect(await wikiContentHtml(page)).toBe(served);

  // Following the table of contents to the last idea: it is laid out, and its bookmark toggle is there.
  await tocEntry(page, LAST).click();
  await expect(wikiHeading(page, LAST)).toBeInViewport();
  await expect(bookmarkToggle(page, LAST)).toBeVisible();
  await bookmarkToggle(page, LAST).click();
  await expect(bookmarkToggle(page, LAST)).toHaveAttribute('aria-pressed', 'true');
});
