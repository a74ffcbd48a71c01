// What the students-*.spec.ts files share: finding the panel's controls by role and name, and reading the
// wiki's own headings and table of contents. Wiki elements are found by XPath inside the article, which does
// not pierce shadow roots, so our own UI (in shadow roots) never matches by accident.
import type { Locator, Page } from '@playwright/test';
import { OUTREACH_URL, expect, type WikiStandIn } from './support';

export const FIXTURES = [
  { skin: 'Vector, MediaWiki 1.31', fixture: 'outreach-vector-mw1.31.html' },
  { skin: 'Vector 2022, MediaWiki 1.44', fixture: 'outreach-vector2022-mw1.44.html' },
] as const;

export { MIRAGE_IDEAS } from '../journeys/outreach-page';
export const NINE_P = 'Enabling the 9P File System transport as a paravirt device';

/** Opens the ideas page (served from `fixture`) and waits for the panel's status. */
export async function openIdeasPage(page: Page, wiki: WikiStandIn, { url = OUTREACH_URL, fixture = 'outreach-vector-mw1.31.html' } = {}) {
  wiki.serve(url, fixture);
  await page.goto(url);
  await expect(status(page)).toBeVisible();
}

export const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ ideas$/ });
export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search ideas' });
export const clearButton = (page: Page) => page.getByRole('button', { name: 'Clear filters' });

/** A toggle of a filter group, by the start of its name: `toggle(page, 'Skills', 'OCaml')` finds "OCaml (3)". */
export function toggle(page: Page, group: string, label: string): Locator {
  return page
    .getByRole('group', { name: group, exact: true })
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}( \\(\\d+\\))?$`) });
}

export const bookmarkToggle = (page: Page, title: string) => page.getByRole('button', { name: `Bookmark ${title}`, exact: true });

/** Clicks an idea's bookmark toggle and waits until the change is stored (on, or off, and no longer busy). */
export async function clickBookmark(page: Page, title: string, { pressed = true } = {}) {
  const star = bookmarkToggle(page, title);
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', String(pressed));
  await expect(star).not.toHaveAttribute('aria-busy');
}

/** A heading of the wiki's article (section, category or idea), by its text. */
export function wikiHeading(page: Page, title: string): Locator {
  return page.locator(
    `xpath=//div[contains(@class,"mw-parser-output")]//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5][.//text()[normalize-space(.)=${xpathLiteral(title)}]]`,
  );
}

/** The wiki's table-of-contents entry (its link) for a heading. */
export function tocEntry(page: Page, title: string): Locator {
  return page.locator(`xpath=//*[@id="toc"]//a[.//text()[normalize-space(.)=${xpathLiteral(title)}]]`);
}

/** Titles of the ideas whose headings the wiki page shows now, in page order. */
export async function visibleIdeaTitles(page: Page, titles: readonly string[]): Promise<string[]> {
  const shown: string[] = [];
  for (const title of titles) if (await wikiHeading(page, title).isVisible()) shown.push(title);
  return shown;
}

/**
 * The article as the wiki wrote it: our own elements (custom elements named idea-scout-*) left out, and the
 * attributes we keep while the extension runs ignored: layout speed on far-away ideas (data-idea-scout-far) and
 * the outline of review comments, which are marked as their idea comes near (data-idea-scout-comment).
 */
export function wikiContentHtml(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.querySelector('.mw-parser-output')!.cloneNode(true) as Element;
    for (const element of [...clone.querySelectorAll('*')]) {
      if (element.localName.startsWith('idea-scout')) element.remove();
      else for (const name of ['data-idea-scout-far', 'data-idea-scout-comment']) element.removeAttribute(name);
    }
    return clone.outerHTML;
  });
}

/** Whether the element is (at least partly) inside the viewport. */
export function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return bottom > 0 && top < window.innerHeight;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An XPath string literal for any text (XPath 1.0 has no escapes: quotes are joined with concat). */
function xpathLiteral(text: string): string {
  if (!text.includes('"')) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return `concat(${text
    .split('"')
    .map((part) => `"${part}"`)
    .join(`, '"', `)})`;
}
