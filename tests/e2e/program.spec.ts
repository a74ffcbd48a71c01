// "All ideas pages" (dashboard.html#program) in Chromium, with the wiki's api.php answered at its real URL by the
// stand-in built from the saved renderings (formatversion=2 shapes): a student finds and bookmarks an idea of a
// page never visited, a mentor sees every open review comment and mails each contact, an admin exports; a page
// that fails keeps its earlier copy, and with the wiki down the view works from the last update.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, listenTo, serveApi, test } from './support';
import { openExtensionPage } from './shortlist-helpers';
import { ARCHIVED, GSOC_2015, GSOC_2026, OUTREACH, outreachRevision2, programWiki } from '../support/program-wiki';
import type { WikiApiStandIn } from '../support/wiki-api';

const CREDIT2 = 'Credit2 & RTDS: tuning, tests (phase 1)';
const CREDIT2_URL = 'https://wiki.xenproject.org/wiki/GSoC_2015#Credit2_.26_RTDS:_tuning.2C_tests_.28phase_1.29';

/** What the wiki was asked, in order: `embeddedin`, `revisions`, or `parse <pageid>`. */
const asked = (api: WikiApiStandIn) =>
  api.requests.map(({ params }) => (params.get('action') === 'parse' ? `parse ${params.get('pageid')}` : params.get('list') ?? params.get('prop')));

async function openProgram(page: Page) {
  await expect(page.getByRole('tab', { name: 'All ideas pages' })).toHaveAttribute('aria-selected', 'true');
}

const results = (page: Page) => page.getByRole('list', { name: 'Ideas found' }).getByRole('listitem');
const result = (page: Page, title: string) => results(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const searchAll = (page: Page) => page.getByRole('searchbox', { name: 'Search all ideas' });

test('a student finds an idea on a page never visited, by search, and bookmarks it into the shortlist', async ({ context, extensionId }) => {
  const api = programWiki();
  const route = await serveApi(context, api);
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#program');
  await openProgram(dashboard);
  await expect(dashboard.getByText('Nothing read yet.')).toBeVisible();
  // Nothing is fetched until the person asks.
  expect(api.requests).toEqual([]);

  route.hold();
  await dashboard.getByRole('button', { name: 'Update from the wiki' }).click();
  await expect(dashboard.getByText('Reading 1 of 4 pages…')).toBeVisible();
  await expect(dashboard.getByRole('progressbar', { name: 'Pages read' })).toHaveAttribute('max', '4');
  await expect(dashboard.getByRole('button', { name: 'Update from the wiki' })).toBeDisabled();
  route.release();

  await expect(dashboard.getByText('22 ideas on 3 pages')).toBeVisible();
  await expect(dashboard.getByText('Updated from the wiki: 4 pages read.')).toBeVisible();
  await expect(dashboard.getByText('(1 archived page left out)')).toBeVisible();
  expect(asked(api)).toEqual(['embeddedin', 'revisions', `parse ${OUTREACH.pageid}`, `parse ${ARCHIVED.pageid}`, `parse ${GSOC_2015.pageid}`, `parse ${GSOC_2026.pageid}`]);
  for (const { params, userAgent } of api.requests) {
    expect([params.get('format'), params.get('formatversion'), params.get('maxlag')]).toEqual(['json', '2', '5']);
    expect(userAgent).toMatch(/^IdeaScout\/\d+\.\d+\.\d+ \(browser extension/);
  }

  // A search with the same fuzzy matching as in the page ("credti" for Credit2).
  await searchAll(dashboard).fill('credti');
  await expect(results(dashboard).first().getByRole('heading')).toHaveText(CREDIT2);
  const credit2 = result(dashboard, CREDIT2);
  await expect(credit2.getByRole('link', { name: CREDIT2 })).toHaveAttribute('href', CREDIT2_URL);
  await expect(credit2.getByText('on GSoC 2015')).toBeVisible();
  await expect(credit2.getByText('1 open review comment')).toBeVisible();

  await credit2.getByRole('button', { name: `Bookmark ${CREDIT2}` }).click();
  await expect(credit2.getByRole('button', { name: `Bookmark ${CREDIT2}` })).toHaveAttribute('aria-pressed', 'true');
  await dashboard.getByRole('tab', { name: 'Shortlist' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Shortlist (1)' })).toBeVisible();
  await expect(dashboard.getByRole('link', { name: CREDIT2 })).toHaveAttribute('href', CREDIT2_URL);

  // The same filters as in the page.
  await dashboard.getByRole('tab', { name: 'All ideas pages' }).click();
  await searchAll(dashboard).fill('');
  await dashboard.getByRole('group', { name: 'Only' }).getByRole('button', { name: /^Has open review comments/ }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 4 of 22 ideas');
  await dashboard.getByRole('button', { name: 'Clear filters' }).click();
});

test('relisted ideas are shown once with the other pages named; archived pages come in on request', async ({ context, extensionId }) => {
  const api = programWiki();
  await serveApi(context, api);
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#program');
  await dashboard.getByRole('button', { name: 'Update from the wiki' }).click();
  await expect(dashboard.getByText('22 ideas on 3 pages')).toBeVisible();
  await expect(dashboard.getByText('4 ideas listed on more than one page are shown once.')).toBeVisible();

  await searchAll(dashboard).fill('mirage');
  // Each relisted idea once (the tiny VM idea names Mirage in its description).
  await expect(results(dashboard).getByRole('heading')).toHaveText(['Fuzz testing Xen with Mirage', 'Mirage OS web stack tesing', 'Create a tiny VM for easy load testing']);
  const fuzz = result(dashboard, 'Fuzz testing Xen with Mirage');
  await expect(fuzz.getByText(`on ${GSOC_2026.title}`)).toBeVisible();
  await expect(fuzz.getByRole('link', { name: OUTREACH.title })).toHaveAttribute('href', 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects#Fuzz_testing_Xen_with_Mirage');

  await searchAll(dashboard).fill('RISC-V bring-up');
  await expect(dashboard.getByText('No idea matches the search and filters.')).toBeVisible();
  await dashboard.getByRole('checkbox', { name: 'Include archived pages' }).check();
  await expect(dashboard.getByText('24 ideas on 4 pages')).toBeVisible();
  await expect(results(dashboard).getByRole('heading')).toHaveText(['Xen on RISC-V: bring-up']);
  await expect(result(dashboard, 'Xen on RISC-V: bring-up').getByText('archived', { exact: true })).toBeVisible();
});

test('the whole first page of results is there once a person scrolls to it or moves focus into the list', async ({ context, extensionId }) => {
  await serveApi(context, programWiki());
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#program');
  await dashboard.getByRole('button', { name: 'Update from the wiki' }).click();
  await expect(dashboard.getByText('22 ideas on 3 pages')).toBeVisible();
  const more = dashboard.getByRole('button', { name: 'Show 2 more (2 not shown)' });

  // Scrolling down the list brings every card of the page, then the button for the rest.
  await searchAll(dashboard).fill('xen');
  await searchAll(dashboard).fill('');
  await expect(dashboard.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 22 of 22 ideas');
  for (let i = 0; i < 20 && !(await more.isVisible()); i++) await dashboard.mouse.wheel(0, 400);
  await expect(results(dashboard)).toHaveCount(20);
  await more.click();
  await expect(results(dashboard)).toHaveCount(22);

  // A new search starts from the top again; a keyboard user entering the list finds all of the page's cards.
  await searchAll(dashboard).fill('xen');
  await dashboard.evaluate(() => window.scrollTo(0, 0));
  await searchAll(dashboard).fill('');
  await results(dashboard).first().getByRole('link').first().focus();
  await expect(results(dashboard)).toHaveCount(20);
  await expect(more).toBeAttached();
});

test('mentors: every open review comment of the program in one queue; one check-in mail per contact; export', async ({ context, extensionId }) => {
  const api = programWiki();
  await serveApi(context, api);
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#program');
  await dashboard.getByRole('button', { name: 'Update from the wiki' }).click();
  await expect(dashboard.getByText('22 ideas on 3 pages')).toBeVisible();

  const review = dashboard.getByRole('region', { name: 'Review across all pages' });
  await expect(review.getByText('4 open review comments on 4 ideas · 12 ideas need info')).toBeVisible();
  const queue = review.getByRole('region', { name: 'Review queue' });
  // Oldest first across pages; the comment without a date last.
  await expect(queue.getByRole('listitem').getByRole('link')).toHaveText([
    'Implement Xen PVSCSI support in xl/libxl toolstack (Outreach Program Projects)',
    'Enabling the 9P File System transport as a paravirt device (Outreach Program Projects)',
    `${CREDIT2} (GSoC 2015)`,
    'OVMF Compatibility Support Module support in Xen (Outreach Program Projects)',
  ]);
  await expect(queue.getByRole('link', { name: new RegExp(`on ${CREDIT2.replace(/[()&]/g, '.')} \\(GSoC 2015\\)`) })).toHaveAttribute('href', CREDIT2_URL);

  // Chromium grants no clipboard permission to extension origins in tests: what is written is caught on its way.
  await dashboard.evaluate(() => {
    navigator.clipboard.writeText = (text: string) => {
      (window as unknown as { copied: string }).copied = text;
      return Promise.resolve();
    };
  });
  const said = await listenTo(queue.getByRole('status'));
  await queue.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect.poll(said).toEqual(['Copied']);
  const markdown = await dashboard.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(markdown.split('\n')[0]).toBe('Open review comments on "all Xen Project ideas pages" (4), oldest first:');
  expect(markdown).toContain(`(${CREDIT2_URL.replace(/\(/g, '%28').replace(/\)/g, '%29')})`);

  const checkIns = dashboard.getByRole('region', { name: 'Ideas to confirm with their mentors' });
  await expect(checkIns.getByText('20 ideas to confirm with 19 contacts')).toBeVisible();
  const konrad = checkIns.getByRole('region', { name: 'Ideas to confirm with Konrad Rzeszutek Wilk' });
  await expect(konrad.getByRole('heading')).toHaveText('Konrad Rzeszutek Wilk (2 ideas)');
  const mail = new URL((await konrad.getByRole('link', { name: 'Mail Konrad Rzeszutek Wilk' }).getAttribute('href'))!);
  expect([mail.protocol, mail.pathname, mail.searchParams.get('cc'), mail.searchParams.get('subject')]).toEqual([
    'mailto:',
    'konrad.wilk@oracle.com',
    'xen-devel@lists.xenproject.org',
    'Do your Xen Project mentoring ideas still apply?',
  ]);
  expect(mail.searchParams.get('body')).toContain('  https://wiki.xenproject.org/wiki/Outreach_Program_Projects#Xen_block_backend.2Ffrontend_multiqueue_support\n');
  // Verified a month ago: nothing to confirm.
  await expect(checkIns.getByRole('link', { name: 'Fuzz testing Xen with Mirage' })).toHaveCount(0);

  const download = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').split('\r\n');
  expect(csv[0]).toBe('\ufeffTitle,Link,Page,Also on,Difficulty,Skills,GSoC,Technical contact,Verified,To confirm,Open review comments,Needs info');
  expect(csv.length).toBe(1 + 22 + 1);
});

test('a page that fails keeps its earlier copy, named with its error and still counted; only changed pages are read again', async ({ context, extensionId }) => {
  const api = programWiki();
  await serveApi(context, api);
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#program');
  await dashboard.getByRole('button', { name: 'Update from the wiki' }).click();
  await expect(dashboard.getByText('22 ideas on 3 pages')).toBeVisible();

  api.set({ ...outreachRevision2(), parseFails: { apiError: 'internal_api_error_DBQueryError', info: '[a1b2c3d4] Caught exception of type Wikimedia\\Rdbms\\DBQueryError' } });
  api.requests.length = 0;
  await dashboard.getByRole('button', { name: 'Update from the wiki' }).click();
  const alert = dashboard.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText(
    'Outreach Program Projects: The wiki refused the request (internal_api_error_DBQueryError): [a1b2c3d4] Caught exception of type Wikimedia\\Rdbms\\DBQueryError Its copy read on',
  );
  await expect(alert).toContainText('is shown and counted.');
  expect(asked(api)).toEqual(['embeddedin', 'revisions', `parse ${OUTREACH.pageid}`]);
  await expect(dashboard.getByText('22 ideas on 3 pages')).toBeVisible();
  await searchAll(dashboard).fill('Advanced Scheduling Parameters');
  await expect(results(dashboard).getByRole('heading')).toHaveText(['Advanced Scheduling Parameters']);

  // The page reads again once the wiki serves it: its new revision replaces the copy and the error goes.
  api.set(outreachRevision2());
  await dashboard.getByRole('button', { name: 'Update from the wiki' }).click();
  await expect(dashboard.getByText('Updated from the wiki: 1 page read, 3 pages unchanged.')).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expect(dashboard.getByText('No idea matches the search and filters.')).toBeVisible();
});

test('with the wiki down the view works from the last update and says when that was', async ({ context, extensionId }) => {
  const api = programWiki();
  await serveApi(context, api);
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#program');
  await dashboard.getByRole('button', { name: 'Update from the wiki' }).click();
  await expect(dashboard.getByText('22 ideas on 3 pages')).toBeVisible();

  api.down = true;
  await dashboard.reload();
  await expect(dashboard.getByText('22 ideas on 3 pages')).toBeVisible();
  await expect(dashboard.getByText(/^· Read from the wiki on \d+ \w+ \d{4}, \d\d:\d\d$/)).toBeVisible();
  await dashboard.getByRole('button', { name: 'Update from the wiki' }).click();
  await expect(dashboard.getByRole('alert')).toHaveText(/^Could not update: The wiki could not be reached \(Failed to fetch\)\. Showing what was read on \d+ \w+ \d{4}, \d\d:\d\d\.$/);
  await searchAll(dashboard).fill('credit2');
  // The scheduling idea names Credit2 in its description.
  await expect(results(dashboard).getByRole('heading')).toHaveText([CREDIT2, 'Advanced Scheduling Parameters']);
});
