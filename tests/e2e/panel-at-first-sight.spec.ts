// The panel at first sight: compact, search and filters first, skills on one line, "Review" and "Since your last
// visit" folded into one line each with their counts, unfolded on demand and remembered per reader; and the panel,
// heading tools and marks in the reader's theme, light or dark, readable in both (axe-core).
import type { Page } from '@playwright/test';
import { OUTREACH_URL, OUTREACH_URL_XEN_ORG, expect, seriousViolations, test, unfold } from './support';
import { openIdeasPage, searchBox } from './students-support';

const panel = (page: Page) => page.getByRole('region', { name: 'Idea Scout' });
const review = (page: Page) => page.getByRole('region', { name: 'Review', exact: true });
const since = (page: Page) => page.getByRole('region', { name: 'Since your last visit' });
const queue = (page: Page) => page.getByRole('region', { name: 'Review queue' });

test('at 1280×900 the panel is at most 300 px tall, search box first, skills on one line, sections folded', async ({ page, wiki }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openIdeasPage(page, wiki);
  const box = await panel(page).boundingBox();
  expect(box!.height).toBeLessThanOrEqual(300);

  // The search box is the panel's first control.
  const firstField = await panel(page).evaluate((section) => section.querySelector('input, button, summary, a')?.getAttribute('aria-label'));
  expect(firstField).toBe('Search ideas');

  // Skills: the first line, then "More skills (N)" for the rest, which shows them all.
  const skills = page.getByRole('group', { name: 'Skills', exact: true });
  const more = skills.getByRole('button', { name: /^More skills \(\d+\)$/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const shownSkills = skills.getByRole('button', { name: /^(?!More skills).*\(\d+\)$/ });
  const everySkill = skills.getByRole('button', { name: /^(?!More skills).*\(\d+\)$/, includeHidden: true });
  await more.click();
  const fewer = skills.getByRole('button', { name: 'Fewer skills' });
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  // Unfolded, every skill is shown (the row un-hides them once it has rendered, after the button says so).
  const all = await everySkill.count();
  await expect(shownSkills).toHaveCount(all);
  await fewer.click();
  // Folded again: the first line, and the count of those past it, clipped and out of the keyboard's and screen
  // readers' way.
  await expect
    .poll(async () => ({
      lines: await shownSkills.evaluateAll((buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size),
      total: (await shownSkills.count()) + Number((await more.textContent())!.match(/\d+/)![0]),
    }))
    .toEqual({ lines: 1, total: all });
  expect(await shownSkills.count()).toBeLessThan(all);

  // Review and since-last-visit: one line each, nothing listed until unfolded.
  await expect(review(page).getByText('3 open review comments on 3 ideas · 7 ideas need info', { exact: true })).toBeVisible();
  await expect(queue(page)).toHaveCount(0);
  await expect(since(page).getByText(/^First visit recorded\./)).toBeVisible();
});

test('"Review" unfolds on demand, and the reader\'s choice is remembered across reloads and pages', async ({ page, wiki }) => {
  wiki.serve(OUTREACH_URL, 'outreach-vector-mw1.31.html').serve(OUTREACH_URL_XEN_ORG, 'outreach-vector2022-mw1.44.html');
  await page.goto(OUTREACH_URL);
  await expect(review(page).getByText('3 open review comments on 3 ideas · 7 ideas need info', { exact: true })).toBeVisible();
  await expect(queue(page)).toHaveCount(0);
  await review(page).getByText('Review', { exact: true }).click();
  await expect(queue(page).getByRole('listitem')).toHaveCount(3);
  await expect(review(page).getByRole('region', { name: 'Ideas that need info' }).getByRole('listitem')).toHaveCount(7);

  // Still open after a reload, and on another ideas page.
  await page.reload();
  await expect(queue(page).getByRole('listitem')).toHaveCount(3);
  await page.goto(OUTREACH_URL_XEN_ORG);
  await expect(queue(page).getByRole('listitem')).toHaveCount(3);

  // Folded again, it stays folded.
  await review(page).getByText('Review', { exact: true }).click();
  await expect(queue(page)).toHaveCount(0);
  await page.goto(OUTREACH_URL);
  await expect(review(page).getByText('3 open review comments on 3 ideas · 7 ideas need info', { exact: true })).toBeVisible();
  await expect(queue(page)).toHaveCount(0);
});

test('"Since your last visit" folds into its counts; its lists are built once unfolded, and it stays open', async ({ page, wiki }) => {
  wiki.serve(OUTREACH_URL, 'outreach-vector-mw1.31.html');
  await page.goto(OUTREACH_URL);
  await expect(since(page).getByText(/^First visit recorded\./)).toBeVisible();
  wiki.serve(OUTREACH_URL, 'outreach-vector-mw1.31.rev2.html');
  await page.reload();
  const counts = since(page).getByText(/^\(.+\): 1 new idea · 1 changed idea · 1 removed idea · 1 new review comment · 1 review comment addressed$/);
  await expect(counts).toBeVisible();
  await expect(since(page).getByRole('region', { name: 'New ideas' })).toHaveCount(0);
  await expect(since(page).getByRole('button', { name: 'Mark all as seen' })).toHaveCount(0);

  await since(page).getByText('Since your last visit', { exact: true }).click();
  await expect(since(page).getByRole('region', { name: 'New ideas' }).getByRole('listitem')).toHaveText(['Xen network backend multiqueue support (New Project Ideas › Xen Hypervisor)']);
  await page.reload();
  await expect(since(page).getByRole('region', { name: 'New ideas' }).getByRole('listitem')).toHaveCount(1);
  await expect(since(page).getByRole('button', { name: 'Mark all as seen' })).toBeVisible();
});

/** The colours the panel, a heading's tools and a comment mark are drawn in. */
async function ourColours(page: Page) {
  return page.evaluate(() => {
    const style = (element: Element | null | undefined) => {
      const computed = getComputedStyle(element!);
      return { color: computed.color, background: computed.backgroundColor };
    };
    const inShadow = (host: string, selector: string) => document.querySelector(host)!.shadowRoot!.querySelector(selector);
    return {
      panel: style(inShadow('idea-scout-panel', '.panel')),
      tools: style(inShadow('idea-scout-heading', '.widgets')),
      mark: style(inShadow('idea-scout-comment', '.mark')),
    };
  });
}

const LIGHT = { panel: { color: 'rgb(32, 33, 34)', background: 'rgb(248, 249, 250)' }, tools: { color: 'rgb(32, 33, 34)', background: 'rgb(248, 249, 250)' }, mark: { color: 'rgb(107, 63, 0)', background: 'rgb(254, 246, 231)' } };
const DARK = { panel: { color: 'rgb(234, 236, 240)', background: 'rgb(32, 33, 34)' }, tools: { color: 'rgb(234, 236, 240)', background: 'rgb(32, 33, 34)' }, mark: { color: 'rgb(243, 201, 139)', background: 'rgb(47, 34, 16)' } };

test('the panel, heading tools and comment marks follow the reader\'s theme: the system\'s, or the wiki\'s night mode', async ({ page, wiki }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openIdeasPage(page, wiki);
  await expect.poll(() => ourColours(page)).toEqual(DARK);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => ourColours(page)).toEqual(LIGHT);

  // Vector 2022's theme classes: night wins over a light system, day over a dark one; "os" follows the system.
  const theme = (name: string) => page.evaluate((cls) => document.documentElement.classList.add(cls), name);
  const clear = () => page.evaluate(() => document.documentElement.classList.remove('skin-theme-clientpref-night', 'skin-theme-clientpref-day', 'skin-theme-clientpref-os'));
  await theme('skin-theme-clientpref-night');
  await expect.poll(() => ourColours(page)).toEqual(DARK);
  await clear();
  await page.emulateMedia({ colorScheme: 'dark' });
  await theme('skin-theme-clientpref-day');
  await expect.poll(() => ourColours(page)).toEqual(LIGHT);
  await clear();
  await theme('skin-theme-clientpref-os');
  await expect.poll(() => ourColours(page)).toEqual(DARK);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no contrast or other serious violation in our UI, ${colorScheme} theme`, async ({ page, wiki }) => {
    await page.emulateMedia({ colorScheme });
    await openIdeasPage(page, wiki);
    await unfold(review(page));
    await searchBox(page).fill('mirage');
    await expect(page.getByRole('navigation', { name: 'Best matches' })).toBeVisible();
    expect(await seriousViolations(page, 'idea-scout')).toEqual([]);
  });
}
