// Mentors: open review comments at a glance on both saved renderings of the Outreach page: marks in place,
// badges beside titles, the review queue with its links and Markdown, "needs info", the summary line.
import { formatAge } from '../../lib/review';
import type { Page } from '@playwright/test';
import { OUTREACH_URL, OUTREACH_URL_XEN_ORG, animatedProperties, expect, holdAnimations, listenTo, test, unfold, watchPageProblems } from './support';

const PVSCSI = 'Implement Xen PVSCSI support in xl/libxl toolstack';
const NINE_P = 'Enabling the 9P File System transport as a paravirt device';
const OVMF = 'OVMF Compatibility Support Module support in Xen';
const KEYS = {
  [PVSCSI]: 'Implement_Xen_PVSCSI_support_in_xl/libxl_toolstack',
  [NINE_P]: 'Enabling_the_9P_File_System_transport_as_a_paravirt_device',
  [OVMF]: 'OVMF_Compatibility_Support_Module_support_in_Xen',
};
const NEEDS_INFO = [
  'Implement_Xen_PVSCSI_support_in_xl/libxl_toolstack',
  'Introducing_PowerClamp-like_driver_for_Xen',
  'Refactor_Linux_hotplug_scripts',
  'XL_to_XCP_VM_motion',
  'Advanced_Scheduling_Parameters',
  'Allowing_guests_to_boot_with_a_passed-through_GPU_as_the_primary_display',
  'DRBD_Integration',
];

/** The widgets beside one idea's title. */
const headingOf = (page: Page, key: string) => page.locator(`idea-scout-heading[data-idea-key="${key}"]`);

for (const { skin, url, fixture } of [
  { skin: 'Vector, MediaWiki 1.31', url: OUTREACH_URL, fixture: 'outreach-vector-mw1.31.html' },
  { skin: 'Vector 2022, MediaWiki 1.44', url: OUTREACH_URL_XEN_ORG, fixture: 'outreach-vector2022-mw1.44.html' },
]) {
  test.describe(skin, () => {
    test.beforeEach(async ({ page, wiki }) => {
      wiki.serve(url, fixture);
      await page.goto(url);
      await expect(page.getByText('Idea Scout found 18 project ideas', { exact: true })).toBeVisible();
    });

    test('summary line, badges and comment marks match the three comments the parser finds', async ({ page }) => {
      const review = page.getByRole('region', { name: 'Review', exact: true });
      await expect(review.getByText('3 open review comments on 3 ideas · 7 ideas need info', { exact: true })).toBeVisible();

      const now = new Date();
      const ages = { [PVSCSI]: formatAge('2013-01-23T14:14:00Z', now), [NINE_P]: formatAge('2014-02-17T15:24:00Z', now), [OVMF]: 'date unknown' };
      await expect(page.getByText(/open review comments? · oldest:/)).toHaveCount(3);
      for (const [title, age] of Object.entries(ages)) {
        await expect(headingOf(page, KEYS[title as keyof typeof KEYS]).getByText(`1 open review comment · oldest: ${age}`, { exact: true })).toBeVisible();
      }

      // Each comment marked in place, named in full for screen readers.
      await expect(page.locator('idea-scout-comment')).toHaveCount(3);
      for (const name of [
        'Open review comment by Lars.kurth, 23 January 2013',
        'Open review comment by Lars.kurth, 17 February 2014',
        'Open review comment by sdytlm, date unknown',
      ]) {
        await expect(page.getByText(name, { exact: true })).toHaveCount(1);
      }
      // The mark sits right after the comment's icon, inside the comment, which is outlined.
      const placed = await page.evaluate(() =>
        [...document.querySelectorAll('idea-scout-comment')].map((mark) => ({
          afterIcon: /pictogram/i.test(mark.previousElementSibling?.outerHTML ?? ''),
          outlined: getComputedStyle(mark.parentElement!.closest('li, p')!).outlineStyle,
          visible: mark.shadowRoot!.textContent.includes('Open review comment'),
        })),
      );
      expect(placed).toEqual(Array(3).fill({ afterIcon: true, outlined: 'solid', visible: true }));
    });

    test('"needs info" flags name what is missing', async ({ page }) => {
      await expect(page.getByText(/^Needs info:/)).toHaveCount(7);
      for (const key of NEEDS_INFO) {
        const expected = key === 'XL_to_XCP_VM_motion' ? 'Needs info: difficulty, skills, outcomes, contact e-mail' : 'Needs info: difficulty, skills, outcomes';
        await expect(headingOf(page, key).getByText(expected, { exact: true })).toBeVisible();
      }
      const review = page.getByRole('region', { name: 'Review', exact: true });
      await unfold(review);
      const lacking = review.getByRole('region', { name: 'Ideas that need info' });
      await expect(lacking.getByRole('heading', { name: '7 ideas need info' })).toBeVisible();
      await expect(lacking.getByRole('listitem')).toHaveCount(7);
      await expect(lacking.getByRole('link', { name: 'XL to XCP VM motion' })).toBeVisible();
    });

    test('the review queue lists the comments oldest first; a link scrolls to its comment and flashes it', async ({ page }) => {
      await unfold(page.getByRole('region', { name: 'Review', exact: true }));
      const queue = page.getByRole('region', { name: 'Review queue' });
      await expect(queue.getByRole('listitem')).toHaveText([
        new RegExp(`^${escape(PVSCSI)} Lars\\.kurth · 23 January 2013 \\(\\d+ years ago\\)Should be suitable, but desc needs`),
        new RegExp(`^${escape(NINE_P)} Lars\\.kurth · 17 February 2014 \\(\\d+ years ago\\)This project would benefit`),
        new RegExp(`^${escape(OVMF)} sdytlm · date unknownHi, I am interested to work on this project\\.`),
      ]);

      const comment = page.locator('li', { has: page.locator('idea-scout-comment'), hasText: 'This project would benefit from links to the virtio specs' });
      await expect(comment).not.toBeInViewport();
      await holdAnimations(page);
      await queue.getByRole('link', { name: `Go to the review comment by Lars.kurth on ${NINE_P}` }).click();
      await expect(comment).toBeInViewport();
      expect(await comment.evaluate(animatedProperties)).toEqual(['backgroundColor']);
      // Focus follows, onto the comment's mark.
      const focused = await page.evaluate(() => {
        const host = document.activeElement;
        return host?.tagName.toLowerCase() === 'idea-scout-comment' ? host.shadowRoot!.activeElement?.textContent : null;
      });
      expect(focused).toContain('Open review comment by Lars.kurth, 17 February 2014');
    });

    test('"Copy as Markdown" puts the queue on the clipboard', async ({ page, context }) => {
      const problems = watchPageProblems(page);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
      await unfold(page.getByRole('region', { name: 'Review', exact: true }));
      const queue = page.getByRole('region', { name: 'Review queue' });
      const said = await listenTo(queue.getByRole('status'));
      await queue.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect.poll(said).toEqual(['Copied']);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text.split('\n')).toEqual([
        'Open review comments on "Outreach Program Projects" (3), oldest first:',
        '',
        expect.stringMatching(
          /^- \[Implement Xen PVSCSI support in xl\/libxl toolstack\]\(https:\/\/wiki\.xenproject\.org\/wiki\/Outreach_Program_Projects#Implement_Xen_PVSCSI_support_in_xl(\.2F|\/)libxl_toolstack\): Lars\.kurth, 23 January 2013: "Should be suitable/,
        ),
        `- [${NINE_P}](https://wiki.xenproject.org/wiki/Outreach_Program_Projects#Enabling_the_9P_File_System_transport_as_a_paravirt_device): Lars.kurth, 17 February 2014: "This project would benefit from links to the virtio specs and documents explaining how the PV protocol works."`,
        `- [${OVMF}](https://wiki.xenproject.org/wiki/Outreach_Program_Projects#OVMF_Compatibility_Support_Module_support_in_Xen): sdytlm, date unknown: "Hi, I am interested to work on this project."`,
        '',
      ]);
      expect(problems.pageErrors).toEqual([]);
    });
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

for (const view of ['dashboard.html', 'sidepanel.html']) {
  test(`${view} shows the review queue of each page visited, from its stored snapshot`, async ({ page, context, wiki, extensionId }) => {
    wiki.serve(OUTREACH_URL, 'outreach-vector-mw1.31.html');
    await page.goto(OUTREACH_URL);
    await expect(page.getByRole('region', { name: 'Since your last visit' }).getByText('First visit recorded.', { exact: false })).toBeVisible();

    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/${view}`);
    const review = extensionPage.getByRole('region', { name: 'Review: Outreach Program Projects' });
    await expect(review.getByText('3 open review comments on 3 ideas · 7 ideas need info', { exact: true })).toBeVisible();
    const links = review.getByRole('region', { name: 'Review queue' }).getByRole('link');
    await expect(links).toHaveText([PVSCSI, NINE_P, OVMF]);
    await expect(links.nth(1)).toHaveAttribute('href', 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects#Enabling_the_9P_File_System_transport_as_a_paravirt_device');
    await expect(review.getByRole('button', { name: 'Copy as Markdown' })).toBeVisible();
  });
}
