// Everything by keyboard, and axe-core finds no serious or critical problem in what we add to the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './support';
import {
  NINE_P,
  bookmarkToggle,
  clearButton,
  isInViewport,
  openIdeasPage,
  searchBox,
  status,
  toggle,
} from './students-support';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

test('search, filters, Clear and bookmarks work from the keyboard', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);

  // "/" focuses the search from anywhere in the page (not while typing in a field).
  await page.mouse.click(5, 300);
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('virtio');
  await expect(status(page)).toHaveText('Showing 1 of 18 ideas');
  await page.keyboard.type('/'); // typed into the box, not taken as the shortcut
  await expect(searchBox(page)).toHaveValue('virtio/');
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(searchBox(page)).toBeFocused();
  await expect(status(page)).toHaveText('Showing 18 of 18 ideas');

  // Tab moves past Clear (beside the search box) through the toggles; Space and Enter press them.
  await page.keyboard.press('Tab');
  await expect(clearButton(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toggle(page, 'Difficulty', 'Easy')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toggle(page, 'Difficulty', 'Medium')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(toggle(page, 'Difficulty', 'Medium')).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveText('Showing 7 of 18 ideas');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // Hard
  await expect(toggle(page, 'Difficulty', 'Hard')).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveText('Showing 10 of 18 ideas'); // Medium or Hard: two ideas span both

  await clearButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Showing 18 of 18 ideas');

  // The bookmark toggle at a heading.
  await bookmarkToggle(page, NINE_P).focus();
  await page.keyboard.press('Space');
  await expect(bookmarkToggle(page, NINE_P)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(bookmarkToggle(page, NINE_P)).toHaveAttribute('aria-pressed', 'false');
});

test('once scrolled past the panel, a floating button and "/" bring it back', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  const back = page.getByRole('button', { name: 'Idea Scout filters' });
  await expect(back).toBeHidden();

  await page.mouse.click(5, 300); // the page, not the browser UI, has the keyboard
  await page.keyboard.press('End');
  await expect(back).toBeVisible();
  await scrolledToEnd(page);
  expect(await isInViewport(searchBox(page))).toBe(false);
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(searchBox(page)).toBeFocused();
  expect(await isInViewport(searchBox(page))).toBe(true);
  await expect(back).toBeHidden();

  await page.mouse.click(5, 300); // leave the search box
  await page.keyboard.press('End');
  await expect(back).toBeVisible();
  await scrolledToEnd(page);
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  expect(await isInViewport(searchBox(page))).toBe(true);
});

/** End scrolls smoothly: waits until the page has reached its end, where a person reaches for the button. */
async function scrolledToEnd(page: Page) {
  await expect
    .poll(() => page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1))
    .toBe(true);
}

/** Serious and critical axe-core violations on nodes of our UI (our hosts are custom elements named idea-scout-*). */
async function ourAxeViolations(page: Page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ ...violation, targets: violation.targets.filter((target) => target.includes('idea-scout')) }))
    .filter((violation) => violation.targets.length > 0);
}

test('axe-core finds no serious or critical violation in our panel and heading tools', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  expect(await ourAxeViolations(page)).toEqual([]);

  // With results, pressed toggles, the skills note, a bookmark and the floating button showing.
  await searchBox(page).fill('mirage');
  await toggle(page, 'Skills', 'OCaml').click();
  await toggle(page, 'Skills', 'Xen').click();
  await bookmarkToggle(page, 'Fuzz testing Xen with Mirage').click();
  await expect(status(page)).toHaveText('Showing 1 of 18 ideas');
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Idea Scout filters' })).toBeVisible();
  expect(await ourAxeViolations(page)).toEqual([]);
});

test('axe-core: no serious or critical violation in our UI on the Vector 2022 page', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki, { fixture: 'outreach-vector2022-mw1.44.html' });
  await searchBox(page).fill('ocmal');
  await expect(status(page)).toHaveText('Showing 4 of 18 ideas');
  expect(await ourAxeViolations(page)).toEqual([]);
});
