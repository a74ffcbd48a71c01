// A student searches the ideas page: typos are forgiven, matched words are marked, the page shows only what
// matches, and a result takes them to the idea.
import { ALL_IDEAS } from '../journeys/outreach-page';
import { expect, test } from './support';
import {
  FIXTURES,
  MIRAGE_IDEAS,
  NINE_P,
  isInViewport,
  openIdeasPage,
  searchBox,
  status,
  visibleIdeaTitles,
  wikiHeading,
} from './students-support';

for (const { skin, fixture } of FIXTURES) {
  test(`a typo still finds the Mirage ideas, "virtio" finds the 9P idea (${skin})`, async ({ page, wiki }) => {
    await openIdeasPage(page, wiki, { fixture });
    await expect(status(page)).toHaveText('Showing 18 of 18 ideas');

    await searchBox(page).fill('ocmal');
    const results = page.getByRole('navigation', { name: 'Best matches' }).getByRole('link');
    await expect(results).toHaveCount(4);
    expect((await results.allTextContents()).slice(0, 3).sort()).toEqual(MIRAGE_IDEAS);
    await expect(status(page)).toHaveText('Showing 4 of 18 ideas');
    // The fourth hit mentions OCaml in its text; every Mirage idea is on the page, the others are gone.
    expect(await visibleIdeaTitles(page, ALL_IDEAS)).toEqual([...MIRAGE_IDEAS, 'XL to XCP VM motion']);

    await searchBox(page).fill('virtio');
    await expect(status(page)).toHaveText('Showing 1 of 18 ideas');
    await expect(results).toHaveText([NINE_P]);
    expect(await visibleIdeaTitles(page, ALL_IDEAS)).toEqual([NINE_P]);
  });
}

test('marks the matched words in the results and in the page, without touching the wiki text', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  const before = await wikiHeading(page, 'Fuzz testing Xen with Mirage').innerHTML();
  const beforeText = await wikiHeading(page, 'Fuzz testing Xen with Mirage').evaluate((heading) => heading.textContent);

  await searchBox(page).fill('mirage');
  const results = page.getByRole('navigation', { name: 'Best matches' });
  const inTitles = results.getByRole('link').locator('mark');
  await expect(inTitles.first()).toHaveText('Mirage');
  expect(await inTitles.allTextContents()).toEqual(['Mirage', 'Mirage']); // "Fuzz testing Xen with Mirage", "Mirage OS web stack testing"
  await expect(results.locator('mark')).toHaveCount(5); // and the category, "Mirage OS", of all three

  // In the page: ranges of the CSS Custom Highlight API, painted by the browser, in the ideas near the view.
  await wikiHeading(page, 'Fuzz testing Xen with Mirage').scrollIntoViewIfNeeded();
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('idea-scout-match')?.size ?? 0))
    .toBeGreaterThan(5);
  const highlighted = await page.evaluate(() =>
    [...(CSS.highlights.get('idea-scout-match') ?? [])].map((range) => String(range as Range).toLowerCase()),
  );
  expect(new Set(highlighted)).toEqual(new Set(['mirage', 'mirageos']));
  // Painted: the elements holding a match carry the one attribute our highlight style applies to.
  const headline = wikiHeading(page, 'Fuzz testing Xen with Mirage').locator('[data-idea-scout-match]');
  await expect(headline).toHaveCount(1);
  const word = await headline.evaluate((element) => {
    const range = [...(CSS.highlights.get('idea-scout-match') as Highlight)].find((r) => element.contains(r.startContainer)) as Range;
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x: Math.round(x), y: Math.round(y), width: Math.floor(width), height: Math.floor(height) };
  });
  const marked = await page.screenshot({ clip: word });
  const marker = await headline.elementHandle();
  await marker.evaluate((element) => element.removeAttribute('data-idea-scout-match'));
  expect((await page.screenshot({ clip: word })).equals(marked)).toBe(false);
  await marker.evaluate((element) => element.setAttribute('data-idea-scout-match', ''));
  // The text itself is untouched.
  expect(await wikiHeading(page, 'Fuzz testing Xen with Mirage').evaluate((heading) => heading.textContent)).toBe(beforeText);

  await searchBox(page).fill('');
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('idea-scout-match'))).toBe(false);
  await expect(page.locator('[data-idea-scout-match]')).toHaveCount(0);
  expect(await wikiHeading(page, 'Fuzz testing Xen with Mirage').innerHTML()).toBe(before);
});

test('needs every word, and a result link takes the reader to the idea', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  await searchBox(page).fill('linux kernel storage');
  await expect(status(page)).toHaveText('Showing 2 of 18 ideas');

  await searchBox(page).fill('fuzz mirage');
  await expect(status(page)).toHaveText('Showing 1 of 18 ideas');
  await page.getByRole('navigation', { name: 'Best matches' }).getByRole('link', { name: 'Fuzz testing Xen with Mirage' }).click();
  await expect.poll(() => isInViewport(wikiHeading(page, 'Fuzz testing Xen with Mirage'))).toBe(true);
});

test('a search for nothing on the page says so and hides every idea', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  await searchBox(page).fill('zzzqqq');
  await expect(status(page)).toHaveText('Showing 0 of 18 ideas');
  await expect(page.getByText('No idea matches the search.')).toBeVisible();
  expect(await visibleIdeaTitles(page, ALL_IDEAS)).toEqual([]);
  // Sections and categories left empty go too.
  await expect(wikiHeading(page, 'List of peer reviewed Projects')).toBeHidden();
  await expect(wikiHeading(page, 'XAPI')).toBeHidden();
});

test('the moment the search box is there is a User Timing mark, for DevTools and the bench', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  await expect(searchBox(page)).toBeVisible();
  const marks = await page.evaluate(() => performance.getEntriesByName('idea-scout:search-box').map((entry) => entry.entryType));
  expect(marks).toEqual(['mark']);
});
