// A student narrows the page with the filters: each alone, combined, then Clear gives the page back as served.
import { expect, test } from './support';
import {
  FIXTURES,
  MIRAGE_IDEAS,
  clearButton,
  isInViewport,
  openIdeasPage,
  searchBox,
  status,
  tocEntry,
  toggle,
  visibleIdeaTitles,
  wikiContentHtml,
  wikiHeading,
} from './students-support';

// Every filter alone on the saved page (18 ideas): what the toggle is called and how many ideas it leaves.
const ALONE: Array<[group: string, label: string, name: string, shown: number]> = [
  ['Difficulty', 'Easy', 'Easy (1)', 1],
  ['Difficulty', 'Medium', 'Medium (7)', 7], // six "Medium" and "Medium-High"; "Moderate, to Extremely Difficult" too
  ['Difficulty', 'Hard', 'Hard (5)', 5],
  ['Difficulty', 'Unknown', 'Unknown (7)', 7],
  ['Skills', 'OCaml', 'OCaml (3)', 3],
  ['Skills', 'C', 'C (5)', 5],
  ['Status', 'Peer reviewed', 'Peer reviewed (10)', 10],
  ['Status', 'Needs work', 'Needs work (8)', 8],
  ['Only', 'GSoC eligible', 'GSoC eligible (17)', 17],
  ['Only', 'Has open review comments', 'Has open review comments (3)', 3],
];

for (const { skin, fixture } of FIXTURES) {
  test(`each filter alone shows what it says, and names its count (${skin})`, async ({ page, wiki }) => {
    await openIdeasPage(page, wiki, { fixture });
    for (const [group, label, name, shown] of ALONE) {
      const button = toggle(page, group, label);
      await expect(button).toHaveAccessibleName(name);
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(status(page)).toHaveText(`Showing ${shown} of 18 ideas`);
      await button.click();
      await expect(status(page)).toHaveText('Showing 18 of 18 ideas');
    }
  });
}

test('a "Medium-High" idea shows under both Medium and Hard', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  const aer = 'Improve PCIe Advanced Error Reporting (AER) handling for passed-through devices';
  await toggle(page, 'Difficulty', 'Medium').click();
  await expect(wikiHeading(page, aer)).toBeVisible();
  await toggle(page, 'Difficulty', 'Medium').click();
  await toggle(page, 'Difficulty', 'Hard').click();
  await expect(wikiHeading(page, aer)).toBeVisible();
  await expect(wikiHeading(page, 'Mirage OS web stack testing')).toBeHidden();
});

test('skills combine with AND and the panel says so; filters of different kinds combine', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  const skills = page.getByRole('group', { name: 'Skills', exact: true });
  // Most frequent first.
  await expect(skills.getByRole('button').first()).toHaveAccessibleName('C (5)');

  await toggle(page, 'Skills', 'C').click();
  await expect(toggle(page, 'Skills', 'Linux kernel')).toHaveAccessibleName('Linux kernel (1)'); // C and Linux kernel: one idea
  await toggle(page, 'Skills', 'Linux kernel').click();
  await expect(status(page)).toHaveText('Showing 1 of 18 ideas');
  await expect(skills).toHaveAccessibleDescription('Ideas that need all 2 selected skills.');
  await expect(skills.getByText('Ideas that need all 2 selected skills.')).toBeVisible();
  expect(await visibleIdeaTitles(page, ['Xen block backend/frontend multiqueue support', 'OVMF Compatibility Support Module support in Xen'])).toEqual([
    'Xen block backend/frontend multiqueue support',
  ]);

  await toggle(page, 'Skills', 'Linux kernel').click();
  await toggle(page, 'Difficulty', 'Hard').click();
  await expect(status(page)).toHaveText('Showing 2 of 18 ideas'); // C and hard: the block backend and PCIe AER

  await toggle(page, 'Status', 'Needs work').click();
  await expect(status(page)).toHaveText('Showing 1 of 18 ideas');
  await searchBox(page).fill('pcie');
  await expect(status(page)).toHaveText('Showing 1 of 18 ideas');
  await searchBox(page).fill('ocaml');
  await expect(status(page)).toHaveText('Showing 0 of 18 ideas');

  await clearButton(page).click();
  await expect(status(page)).toHaveText('Showing 18 of 18 ideas');
  await expect(searchBox(page)).toHaveValue('');
  for (const button of await page.getByRole('region', { name: 'Idea Scout' }).getByRole('button', { pressed: true }).all()) {
    throw new Error(`Still pressed after Clear: ${await button.textContent()}`);
  }
});

test('hides emptied sections, categories and TOC entries; Clear restores the page exactly', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  const served = await wikiContentHtml(page);

  await toggle(page, 'Skills', 'OCaml').click();
  await expect(status(page)).toHaveText('Showing 3 of 18 ideas');
  for (const title of MIRAGE_IDEAS) {
    await expect(wikiHeading(page, title)).toBeVisible();
    await expect(tocEntry(page, title)).toBeVisible();
  }
  await expect(wikiHeading(page, 'Mirage OS')).toBeVisible();
  await expect(wikiHeading(page, 'List of peer reviewed Projects')).toBeVisible();
  // Gone: other ideas with their bodies, and the headings and TOC entries left with no idea.
  await expect(wikiHeading(page, 'CPUID Programming for Humans')).toBeHidden();
  await expect(page.locator('xpath=//div[contains(@class,"mw-parser-output")]//*[normalize-space(text())="Understanding of PC server hardware, PCIe, C"]')).toBeHidden();
  await expect(tocEntry(page, 'CPUID Programming for Humans')).toBeHidden();
  await expect(wikiHeading(page, 'List of projects that need more work')).toBeHidden();
  await expect(wikiHeading(page, 'XAPI')).toBeHidden();
  await expect(tocEntry(page, 'XAPI')).toBeHidden();
  await expect(tocEntry(page, 'List of projects that need more work')).toBeHidden();
  // What holds no idea at all is the wiki's, not ours to hide.
  await expect(wikiHeading(page, 'New Project Ideas')).toBeVisible();
  await expect(wikiHeading(page, 'Finding a project that fits you')).toBeVisible();

  await toggle(page, 'Difficulty', 'Easy').click();
  await searchBox(page).fill('xen');
  await expect(status(page)).toHaveText('Showing 0 of 18 ideas');
  await clearButton(page).click();
  await expect(status(page)).toHaveText('Showing 18 of 18 ideas');
  expect(await wikiContentHtml(page)).toBe(served);
});

test('the wiki\'s #anchor links still scroll with filters in the URL', async ({ page, wiki }) => {
  await openIdeasPage(page, wiki);
  await toggle(page, 'Skills', 'OCaml').click();
  await expect(page).toHaveURL(/[?&]scout=skills:OCaml(#|$)/);

  await tocEntry(page, 'Mirage OS web stack testing').scrollIntoViewIfNeeded();
  expect(await isInViewport(wikiHeading(page, 'Mirage OS web stack testing'))).toBe(false);
  await tocEntry(page, 'Mirage OS web stack testing').click();
  await expect(page).toHaveURL(/\?scout=skills:OCaml#Mirage_OS_web_stack_testing$/);
  await expect.poll(() => isInViewport(wikiHeading(page, 'Mirage OS web stack testing'))).toBe(true);
  await expect(status(page)).toHaveText('Showing 3 of 18 ideas');

  // A link straight to an idea the filters hide shows that idea (clearing just the filter that hid it).
  await page.evaluate(() => {
    location.hash = 'CPUID_Programming_for_Humans';
  });
  await expect(wikiHeading(page, 'CPUID Programming for Humans')).toBeVisible();
  await expect(toggle(page, 'Skills', 'OCaml')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => isInViewport(wikiHeading(page, 'CPUID Programming for Humans'))).toBe(true);
});
