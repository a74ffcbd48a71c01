// A page read before is not read node by node again: its scan is kept in the extension's storage with a digest
// of the article's text and revision, placed in the page again while both are the same, and replaced once one changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import { FIXTURES_DIR, OUTREACH_URL, backgroundWorkerOf, expect, test } from './support';
import { openIdeasPage, status, toggle, wikiHeading } from './students-support';
import { COMMENT_MARK_TAG } from '../../entrypoints/content/page/scroll-to';
import { syntheticIdeasPage } from '../../scripts/bench-page';
import { IDEAS_PER_PART } from '../../lib/kept-scan';

const KEY = 'scan:Outreach_Program_Projects';
const OVMF = 'OVMF Compatibility Support Module support in Xen';

type KeptIdea = { title: string; skills: { tags: string[] } };
type Kept = { digest: string; parts: number; ideas: KeptIdea[] };

/** What the extension keeps for the page, read in its own origin: the header and the ideas of all its parts. */
const keptScan = (worker: Worker) =>
  worker.evaluate<Kept | null>(`chrome.storage.local.get(null).then((items) => {
    const header = items[${JSON.stringify(KEY)}];
    if (!header) return null;
    const parts = Array.from({ length: header.parts }, (_, n) => items[${JSON.stringify(KEY)} + ':' + n]);
    return { digest: header.digest, parts: header.parts, ideas: parts.flatMap((part) => (part ? JSON.parse(part.ideasJson) : [])) };
  })`);

/** Adds a skill tag to the `index`-th idea kept for the page, in the part that holds it. */
const addKeptTag = (worker: Worker, index: number, tag: string) =>
  worker.evaluate(`(() => {
    const key = ${JSON.stringify(KEY)} + ':' + Math.floor(${index} / ${IDEAS_PER_PART});
    return chrome.storage.local.get(key).then((items) => {
      const ideas = JSON.parse(items[key].ideasJson);
      ideas[${index} % ${IDEAS_PER_PART}].skills.tags.push(${JSON.stringify(tag)});
      items[key].ideasJson = JSON.stringify(ideas);
      return chrome.storage.local.set(items);
    });
  })()`);

test('a page read before is placed from its kept scan while its text and revision are unchanged, and read again once either changes', async ({ page, wiki, context }) => {
  await openIdeasPage(page, wiki);
  const worker = await backgroundWorkerOf(context);
  await expect.poll(async () => (await keptScan(worker))?.ideas.length).toBe(18);
  const first = (await keptScan(worker))!;
  expect(first.parts).toBe(1);

  // Proof that a reload takes the ideas from the record, not from the page: a tag the page does not give OVMF.
  expect(first.ideas[0].title).toBe(OVMF);
  await expect(toggle(page, 'Skills', 'OCaml')).toHaveText('OCaml (3)');
  await addKeptTag(worker, 0, 'OCaml');
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
  expect(second.ideas[0].skills.tags).toEqual(['C', 'firmware']);

  // An edit may change only a link's target, which the text does not show; the revision id changes with every edit.
  wiki.serveHtml(OUTREACH_URL, html.replaceAll('"wgRevisionId":19112', '"wgRevisionId":19113'));
  await page.reload();
  await expect(status(page)).toHaveText('Showing 18 of 18 ideas');
  await expect.poll(async () => (await keptScan(worker))?.digest).not.toBe(second.digest);
});

test('a long page is kept in parts, each read and written on its own, and a part of another record is never mixed in', async ({ page, wiki, context }) => {
  // Long enough for a second part, which is read on its own (the first comes with the record's header).
  const count = IDEAS_PER_PART + 1;
  wiki.serveHtml(OUTREACH_URL, syntheticIdeasPage(count));
  await page.goto(OUTREACH_URL);
  await expect(status(page)).toHaveText(`Showing ${count} of ${count} ideas`);
  const worker = await backgroundWorkerOf(context);
  await expect.poll(async () => (await keptScan(worker))?.ideas.length).toBe(count);
  expect((await keptScan(worker))!.parts).toBe(2);

  // Placed from both parts: a tag added to the idea of the second part counts.
  const ocaml = (await keptScan(worker))!.ideas.filter((idea) => idea.skills.tags.includes('OCaml')).length;
  await addKeptTag(worker, count - 1, 'OCaml');
  await page.reload();
  await expect(toggle(page, 'Skills', 'OCaml')).toHaveText(`OCaml (${ocaml + 1})`);

  // A part left by another record (another tab wrote it with other text): the page is parsed instead.
  await worker.evaluate(`chrome.storage.local.get('${KEY}:1').then((items) => {
    items['${KEY}:1'].digest = 'another record';
    return chrome.storage.local.set(items);
  })`);
  await page.reload();
  await expect(toggle(page, 'Skills', 'OCaml')).toHaveText(`OCaml (${ocaml})`);
  await expect(status(page)).toHaveText(`Showing ${count} of ${count} ideas`);
});

test('a page read before is recorded as a visit by the background, from the kept scan, without sending its ideas', async ({ page, wiki, context }) => {
  await openIdeasPage(page, wiki);
  const worker = await backgroundWorkerOf(context);
  await expect.poll(async () => (await keptScan(worker))?.ideas.length).toBe(18);
  // Counts the background's reads of the kept scan's parts (the content script's own reads are not seen here).
  await worker.evaluate(`(() => {
    self.keptPartReads = 0;
    const area = chrome.storage.local;
    const get = area.get.bind(area);
    area.get = (keys) => {
      if (/^scan:.*:\\d+$/.test(String(keys))) self.keptPartReads++;
      return get(keys);
    };
  })()`);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.reload();
  await expect(status(page)).toHaveText('Showing 18 of 18 ideas');
  // Compared with the first load, taken from the same scan: nothing changed.
  await expect(page.getByRole('region', { name: 'Since your last visit' })).toContainText('Nothing changed since your last visit');
  expect(await worker.evaluate('self.keptPartReads')).toBe(1);
  // The content script warns when it has to fall back to sending the snapshot.
  expect(warnings.filter((text) => text.includes('kept scan'))).toEqual([]);
});
