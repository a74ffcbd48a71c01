// A page read before is not read node by node again: its scan is kept in the extension's storage with a digest
// of the article's text and revision, placed in the page again while both are the same, and replaced once one changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { FIXTURES_DIR, OUTREACH_URL, expect, test } from './support';
import { openIdeasPage, status, toggle, wikiHeading } from './students-support';
import { COMMENT_MARK_TAG } from '../../entrypoints/content/features/review-scroll';

const KEY = 'scan:Outreach_Program_Projects';
const OVMF = 'OVMF Compatibility Support Module support in Xen';

type Kept = { digest: string; record: { ideas: Array<{ title: string; skills: { tags: string[] } }> } };

async function backgroundOf(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker'))
  );
}

/** What the extension keeps for the page, read in its own origin. */
const keptScan = (worker: Worker) =>
  worker.evaluate(`chrome.storage.local.get(${JSON.stringify(KEY)}).then((items) => items[${JSON.stringify(KEY)}] ?? null)`) as Promise<Kept | null>;

test('a page read before is placed from its kept scan while its text and revision are unchanged, and read again once either changes', async ({ page, wiki, context }) => {
  await openIdeasPage(page, wiki);
  const worker = await backgroundOf(context);
  await expect.poll(async () => (await keptScan(worker))?.record.ideas.length).toBe(18);
  const first = (await keptScan(worker))!;

  // Proof that a reload takes the ideas from the record, not from the page: a tag the page does not give OVMF.
  expect(first.record.ideas[0].title).toBe(OVMF);
  await expect(toggle(page, 'Skills', 'OCaml')).toHaveText('OCaml (3)');
  const tampered = structuredClone(first);
  tampered.record.ideas[0].skills.tags.push('OCaml');
  await worker.evaluate(`chrome.storage.local.set({ ${JSON.stringify(KEY)}: ${JSON.stringify(tampered)} })`);
  await page.reload();
  await expect(toggle(page, 'Skills', 'OCaml')).toHaveText('OCaml (4)');
  // Placed in this DOM: filtering hides the wiki's own headings, and the review comments are marked in place.
  await toggle(page, 'Skills', 'OCaml').click();
  await expect(status(page)).toHaveText('Showing 4 of 18 ideas');
  await expect(wikiHeading(page, OVMF)).toBeVisible();
  await expect(wikiHeading(page, 'DRBD Integration')).toBeHidden();
  await toggle(page, 'Skills', 'OCaml').click();
  await expect(page.locator(COMMENT_MARK_TAG)).toHaveCount(3);

  // The wiki's text changes (here the introduction): the page is read again, and its new scan replaces the record.
  const html = readFileSync(join(FIXTURES_DIR, 'outreach-vector-mw1.31.html'), 'utf8').replace(
    'The Xen Project is a Linux Foundation collaborative project',
    'The Xen Project is a Linux Foundation project',
  );
  wiki.serveHtml(OUTREACH_URL, html);
  await page.reload();
  await expect(status(page)).toHaveText('Showing 18 of 18 ideas');
  await expect(toggle(page, 'Skills', 'OCaml')).toHaveText('OCaml (3)');
  await expect.poll(async () => (await keptScan(worker))?.digest).not.toBe(first.digest);
  const second = (await keptScan(worker))!;
  expect(second.record.ideas[0].skills.tags).toEqual(['C', 'firmware']);

  // An edit may change only a link's target, which the text does not show; the revision id changes with every edit.
  wiki.serveHtml(OUTREACH_URL, html.replaceAll('"wgRevisionId":19112', '"wgRevisionId":19113'));
  await page.reload();
  await expect(status(page)).toHaveText('Showing 18 of 18 ideas');
  await expect.poll(async () => (await keptScan(worker))?.digest).not.toBe(second.digest);
});
