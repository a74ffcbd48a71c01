// What a wiki page can ask of Idea Scout, tried from the content script's own world as an attacker who controls
// the page's renderer would: only its own page's bookmarks and visits, and nothing at all that writes from an old
// revision, a diff or an edit preview.
import type { Page } from '@playwright/test';
import { contentScriptWorld, expect, OUTREACH_URL, test } from './support';
import { bookmarkThroughRpc, everything, openExtensionPage, OVMF, rpc } from './shortlist-helpers';
import { bookmarkToggle, clickBookmark, openIdeasPage, status } from './students-support';

const OLD_REVISION_URL = 'https://wiki.xenproject.org/index.php?title=Outreach_Program_Projects&oldid=12345';

/** Sends a message from the page's content script, with its chrome.runtime; resolves with the reply. */
async function sendFromPage(page: Page, extensionId: string, url: string, message: Record<string, unknown>) {
  const contentScript = await contentScriptWorld(page, extensionId);
  await page.goto(url);
  const world = await contentScript();
  try {
    return await world.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
  } finally {
    await world.detach();
  }
}

test('a wiki page cannot export the student\'s data, nor read or change other pages\' bookmarks', async ({ context, page, wiki, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await bookmarkThroughRpc(dashboard, [OVMF]);
  await rpc(dashboard, { type: 'drafts.save', pageId: 'Outreach_Program_Projects', ideaKey: OVMF.key, title: OVMF.title, text: 'My plan', subjectTag: '', editedAt: new Date().toISOString(), session: 's' });
  const before = await everything(dashboard);

  wiki.serve(OUTREACH_URL, 'outreach-vector-mw1.31.html');
  expect(await sendFromPage(page, extensionId, OUTREACH_URL, { type: 'data.export' })).toEqual({
    ok: false,
    error: 'Message refused: "data.export" may be sent by Idea Scout\'s own pages, not by a wiki page.',
  });

  const otherPage = 'https://wiki.xenproject.org/wiki/GSoC_2015';
  wiki.serve(otherPage, 'outreach-vector-mw1.31.html');
  expect(await sendFromPage(page, extensionId, otherPage, { type: 'bookmarks.list' })).toEqual({
    ok: false,
    error: 'Message refused: a wiki page may ask "bookmarks.list" only about itself (GSoC_2015), not about every page.',
  });
  const unbookmark = { type: 'bookmarks.set', pageId: 'Outreach_Program_Projects', pageUrl: OUTREACH_URL, idea: OVMF, bookmarked: false };
  expect(await sendFromPage(page, extensionId, otherPage, unbookmark)).toMatchObject({ ok: false, error: /only about itself \(GSoC_2015\)/ });

  expect(await everything(dashboard)).toEqual(before);
});

test('an old revision of the page shows its ideas but writes nothing: no bookmark toggles, no visit, no kept scan', async ({ context, page, wiki, extensionId }) => {
  await openIdeasPage(page, wiki);
  await clickBookmark(page, OVMF.title);
  const dashboard = await openExtensionPage(context, extensionId);
  const before = { data: await everything(dashboard), visits: await rpc(dashboard, { type: 'snapshots.latest' }) };
  const storageKeys = () => dashboard.evaluate(() => chrome.storage.local.get(null).then((items) => Object.keys(items).sort()));
  const keysBefore = await storageKeys();

  wiki.serve(OLD_REVISION_URL, 'outreach-vector-mw1.31.rev2.html');
  await page.goto(OLD_REVISION_URL);
  await expect(status(page)).toHaveText('Showing 18 of 18 ideas');
  await expect(page.getByRole('region', { name: 'Since your last visit' })).toContainText(/not the current version|old revision/i);
  await expect(bookmarkToggle(page, OVMF.title)).toHaveCount(0);

  // Asked directly, the background refuses too.
  const bookmark = { type: 'bookmarks.set', pageId: 'Outreach_Program_Projects', pageUrl: OUTREACH_URL, idea: OVMF, bookmarked: false };
  expect(await sendFromPage(page, extensionId, OLD_REVISION_URL, bookmark)).toEqual({
    ok: false,
    error: 'Message refused: "bookmarks.set" changes stored data, and this view (an old revision, a diff or an edit) is not the page as it is now.',
  });

  expect(await everything(dashboard)).toEqual(before.data);
  expect(await rpc(dashboard, { type: 'snapshots.latest' })).toEqual(before.visits);
  expect(await storageKeys()).toEqual(keysBefore);
});

declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
