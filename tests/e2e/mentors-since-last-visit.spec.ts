// Mentors: since your last visit. The Outreach page, then its later revision at the same URL: every difference
// the fixtures README lists is reported, and nothing else; the marks survive a reload until "Mark all as seen".
import type { Page } from '@playwright/test';
import { syntheticIdeasPage } from '../../scripts/bench-page';
import { OUTREACH_URL, animatedProperties, expect, holdAnimations, seriousViolations, test, unfold, watchPageProblems } from './support';

const REV1 = 'outreach-vector-mw1.31.html';
const REV2 = 'outreach-vector-mw1.31.rev2.html';
const headingOf = (page: Page, key: string) => page.locator(`idea-scout-heading[data-idea-key="${key}"]`);
const since = (page: Page) => page.getByRole('region', { name: 'Since your last visit' });
const list = (page: Page, name: string) => since(page).getByRole('region', { name });
/** Every mark the extension puts in the page (beside titles, beside comments) that speaks of the last visit. */
const visitMarks = (page: Page) => page.locator('idea-scout-heading, idea-scout-comment').getByText(/since your last visit/i);

async function visitRev1ThenRev2(page: Page, wiki: { serve(url: string, file: string): unknown }) {
  wiki.serve(OUTREACH_URL, REV1);
  await page.goto(OUTREACH_URL);
  await expect(since(page).getByText('First visit recorded.', { exact: false })).toBeVisible();
  // Nothing is marked on a first visit.
  await expect(page.locator('idea-scout-comment')).toHaveCount(3);
  await expect(visitMarks(page)).toHaveCount(0);
  wiki.serve(OUTREACH_URL, REV2);
  await page.reload();
  await unfold(since(page));
}

/** The folded line's counts, after the date of the last visit. */
const sinceCounts = (page: Page) => since(page).locator('summary').getByText(/^\(.+\): /);

/** Everything the page reports as new or changed, as a person reads it. */
async function expectRev2Reported(page: Page) {
  await expect(sinceCounts(page)).toContainText('): 1 new idea · 1 changed idea · 1 removed idea · 1 new review comment · 1 review comment addressed');

  // Beside titles: one new idea, one changed idea; beside comments: one new comment (visible and for screen readers).
  await expect(visitMarks(page)).toHaveCount(4);
  expect((await visitMarks(page).allTextContents()).sort()).toEqual([
    'Changed since your last visit: Difficulty',
    'New since your last visit',
    'New since your last visit',
    'Open review comment by Lars.kurth, 3 March 2014 (new since your last visit)',
  ]);
  await expect(headingOf(page, 'Xen_network_backend_multiqueue_support').getByText('New since your last visit', { exact: true })).toBeVisible();
  await expect(list(page, 'New ideas').getByRole('listitem')).toHaveText(['Xen network backend multiqueue support (New Project Ideas › Xen Hypervisor)']);

  // The one changed idea names the field.
  const mirage = headingOf(page, 'Mirage_OS_web_stack_testing');
  await expect(mirage.getByText('Changed since your last visit: Difficulty', { exact: true })).toBeVisible();
  await expect(list(page, 'Changed ideas').getByRole('listitem')).toHaveText(['Mirage OS web stack testing: Difficulty']);

  await expect(list(page, 'Removed ideas (no longer on the page)').getByRole('listitem')).toHaveText([
    'Advanced Scheduling Parameters (List of projects that need more work › Xen Hypervisor Userspace Tools)',
  ]);
  await expect(list(page, 'Addressed review comments (deleted from the page)').getByRole('listitem')).toHaveText([
    'Lars.kurth on Enabling the 9P File System transport as a paravirt device (17 February 2014): This project would benefit from links to the virtio specs and documents explaining how the PV protocol works.',
  ]);
  await expect(list(page, 'New review comments').getByRole('listitem')).toHaveText([
    'Lars.kurth on Create a tiny VM for easy load testing: Which Windows version should the trace come from?',
  ]);
  // The new comment, and only it, is marked new in place.
  const tinyVm = page.locator('li', { has: page.locator('idea-scout-comment'), hasText: 'Which Windows version should the trace come from?' });
  await expect(tinyVm.getByText('Open review comment by Lars.kurth, 3 March 2014 (new since your last visit)', { exact: true })).toHaveCount(1);
}

test('every difference between the two revisions is reported, and nothing else', async ({ page, wiki }) => {
  const problems = watchPageProblems(page);
  await visitRev1ThenRev2(page, wiki);
  await expectRev2Reported(page);

  // Old and new values on demand.
  const mirage = headingOf(page, 'Mirage_OS_web_stack_testing');
  const show = mirage.getByRole('button', { name: 'Show changes' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  await expect(mirage.getByRole('definition')).toHaveText('Was: medium → Now: Easy');
  await expect(mirage.getByRole('term')).toHaveText('Difficulty');
  await show.click();
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(mirage.getByRole('definition')).toHaveCount(0);

  // The queue and badges follow the page as it is now: the 9P comment is gone, the tiny VM one is open.
  await expect(page.getByRole('region', { name: 'Review', exact: true }).getByText('3 open review comments on 3 ideas · 6 ideas need info', { exact: true })).toBeVisible();
  await expect(headingOf(page, 'Create_a_tiny_VM_for_easy_load_testing').getByText(/^1 open review comment · oldest: \d+ years$/)).toBeVisible();
  await expect(headingOf(page, 'Enabling_the_9P_File_System_transport_as_a_paravirt_device').getByText(/open review comment/)).toHaveCount(0);
  expect(problems.pageErrors).toEqual([]);
});

test('the links in the report take the reader to the new comment and the new idea', async ({ page, wiki }) => {
  await visitRev1ThenRev2(page, wiki);
  const comment = page.locator('li', { has: page.locator('idea-scout-comment'), hasText: 'Which Windows version should the trace come from?' });
  await holdAnimations(page);
  await list(page, 'New review comments').getByRole('link', { name: 'Lars.kurth on Create a tiny VM for easy load testing' }).click();
  await expect(comment).toBeInViewport();
  expect(await comment.evaluate(animatedProperties)).toEqual(['backgroundColor']);

  await list(page, 'New ideas').getByRole('link', { name: 'Xen network backend multiqueue support' }).click();
  await expect(page.getByRole('heading', { name: 'Xen network backend multiqueue support' })).toBeInViewport();
});

test('the marks survive reloads until "Mark all as seen", which survives reloads too', async ({ page, wiki }) => {
  await visitRev1ThenRev2(page, wiki);
  await page.reload();
  await expectRev2Reported(page);

  await since(page).getByRole('button', { name: 'Mark all as seen' }).click();
  await expect(since(page).getByRole('status')).toHaveText('All changes marked as seen. New changes will show here from your next visit.');
  await expect(visitMarks(page)).toHaveCount(0);

  await page.reload();
  await expect(since(page).getByText(/^Nothing changed since your last visit/)).toBeVisible();
  await expect(visitMarks(page)).toHaveCount(0);
  await expect(page.locator('idea-scout-comment')).toHaveCount(3); // the open comments stay marked, as open
});

test('a bookmarked idea that leaves the page stays on the shortlist, marked as no longer on the page', async ({ page, wiki, context, extensionId }) => {
  wiki.serve(OUTREACH_URL, REV1);
  await page.goto(OUTREACH_URL);
  const star = page.getByRole('button', { name: 'Bookmark Advanced Scheduling Parameters' });
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  wiki.serve(OUTREACH_URL, REV2);
  await page.reload();
  await unfold(since(page));
  await expect(list(page, 'Removed ideas (no longer on the page)').getByRole('listitem')).toHaveCount(1);

  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const item = dashboard.getByRole('listitem').filter({ hasText: 'Advanced Scheduling Parameters' });
  await expect(item.getByText(/^No longer listed on its page since \d{4}-\d{2}-\d{2}\./)).toBeVisible();

  // Back on the page: the mark goes (the dashboard follows without a reload).
  wiki.serve(OUTREACH_URL, REV1);
  await page.reload();
  // Still the same visit, compared with the first one: rev1 again, so nothing to report.
  await expect(since(page).getByText(/^Nothing changed since your last visit/)).toBeVisible();
  await expect(item).toBeVisible();
  await expect(item.getByText(/No longer listed on its page/)).toHaveCount(0);
});

test('an old revision of the page is neither compared nor recorded as a visit', async ({ page, wiki }) => {
  const OLD = 'https://wiki.xenproject.org/index.php?title=Outreach_Program_Projects&oldid=1234';
  wiki.serve(OUTREACH_URL, REV1).serve(OLD, REV2);
  await page.goto(OUTREACH_URL);
  await expect(since(page).getByText('First visit recorded.', { exact: false })).toBeVisible();

  await page.goto(OLD);
  await expect(since(page).getByText(/^This is not the current version of the page/)).toBeVisible();
  await expect(visitMarks(page)).toHaveCount(0);
  // The review marks still show what this revision holds.
  await expect(page.getByText('Open review comment by Lars.kurth, 3 March 2014', { exact: true })).toHaveCount(1);

  await page.goto(OUTREACH_URL);
  await expect(since(page).getByText(/^Nothing changed since your last visit/)).toBeVisible();
});

test('axe-core finds no serious or critical violation in the review and visit marks', async ({ page, wiki }) => {
  await visitRev1ThenRev2(page, wiki);
  await headingOf(page, 'Mirage_OS_web_stack_testing').getByRole('button', { name: 'Show changes' }).click();
  await unfold(page.getByRole('region', { name: 'Review', exact: true }));
  expect(await seriousViolations(page, 'idea-scout')).toEqual([]);
});

test('a page that grew a lot lists the first 20 new ideas, and all of them on request', async ({ page, wiki }) => {
  wiki.serve(OUTREACH_URL, REV1);
  await page.goto(OUTREACH_URL);
  await expect(since(page).getByText('First visit recorded.', { exact: false })).toBeVisible();
  wiki.serveHtml(OUTREACH_URL, syntheticIdeasPage(60));
  await page.reload();
  await expect(sinceCounts(page)).toContainText('): 42 new ideas');
  await unfold(since(page));

  const added = list(page, 'New ideas');
  await expect(added.getByRole('listitem')).toHaveCount(20);
  await expect(added.getByRole('listitem').first()).toContainText('(variant 1)');
  const more = added.getByRole('button', { name: 'Show all 42 new ideas' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.press('Enter');
  await expect(added.getByRole('listitem')).toHaveCount(42);
  // The same button, still focused, now shortens the list again.
  const fewer = added.getByRole('button', { name: 'Show the first 20 only' });
  await expect(fewer).toBeFocused();
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await fewer.click();
  await expect(added.getByRole('listitem')).toHaveCount(20);
});
