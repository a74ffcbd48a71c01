// Chrome stops an idle extension service worker after about 30 s and starts it again for the next message. A
// stop between two actions loses nothing, and the draft editor never offers an empty box while the restarted
// background loads the draft.
import type { Page } from '@playwright/test';
import { expect, test } from './support';
import { bookmarkThroughRpc, CPUID, everything, openExtensionPage, OUTREACH_ID, OVMF, rpc } from './shortlist-helpers';
import { clickBookmark, openIdeasPage } from './students-support';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Application draft' });
const saveState = (page: Page) => page.getByTestId('save-state');
const draftUrl = (id: string) => `dashboard.html#idea=${encodeURIComponent(id)}`;

/** Stops the extension's service worker as Chrome does when it is idle (the next message starts it again). */
async function stopBackground(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

test('the background stopped between actions: a bookmark in the page and a typed draft are all kept', async ({ context, page, wiki, extensionId }) => {
  await openIdeasPage(page, wiki);
  await stopBackground(page);
  await clickBookmark(page, OVMF.title);

  const dashboard = await openExtensionPage(context, extensionId);
  await expect(dashboard.getByRole('heading', { name: 'Shortlist (1)' })).toBeVisible();
  await stopBackground(dashboard);
  await dashboard.getByRole('button', { name: 'Write application' }).click();
  await editor(dashboard).fill('About me: I build firmware.');
  await expect(saveState(dashboard)).toHaveText('Saved');

  await stopBackground(dashboard);
  await clickBookmark(page, CPUID.title);
  await stopBackground(page);
  await page.reload();
  await expect(page.getByRole('button', { name: `Bookmark ${OVMF.title}`, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: `Bookmark ${CPUID.title}`, exact: true })).toHaveAttribute('aria-pressed', 'true');

  await stopBackground(dashboard);
  await dashboard.reload();
  await expect(dashboard.getByRole('heading', { name: 'Shortlist (2)' })).toBeVisible();
  const stored = await everything(dashboard);
  expect(stored.bookmarks.map((b) => b.title)).toEqual([OVMF.title, CPUID.title]);
  expect(stored.drafts.map((d) => [d.title, d.text])).toEqual([[OVMF.title, 'About me: I build firmware.']]);
});

test('after a restart the draft editor stays closed until the stored draft is in it, never an empty box', async ({ context, extensionId }) => {
  const setup = await openExtensionPage(context, extensionId);
  await bookmarkThroughRpc(setup, [OVMF]);
  const text = 'My application, written yesterday.';
  await rpc(setup, { type: 'drafts.save', pageId: OUTREACH_ID, ideaKey: OVMF.key, title: OVMF.title, text, subjectTag: '', editedAt: new Date().toISOString(), session: 'yesterday' });
  await setup.close();

  const dashboard = await context.newPage();
  await stopBackground(dashboard);
  // Every state the editor shows, from the first frame on: whether it can be typed in, and what it holds.
  await dashboard.addInitScript(() => {
    const seen: { editable: boolean; value: string }[] = [];
    (window as unknown as { editorStates: typeof seen }).editorStates = seen;
    const record = () => {
      const box = [...document.querySelectorAll('textarea')].find((area) => area.labels?.[0]?.textContent?.trim() === 'Application draft');
      if (box) {
        const state = { editable: !box.disabled && !box.readOnly, value: box.value };
        const last = seen.at(-1);
        if (!last || last.editable !== state.editable || last.value !== state.value) seen.push(state);
      }
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await dashboard.goto(`chrome-extension://${extensionId}/${draftUrl(`${OUTREACH_ID}#${OVMF.key}`)}`);
  await expect(editor(dashboard)).toHaveValue(text);
  await expect(editor(dashboard)).toBeEditable();

  const states = await dashboard.evaluate(() => (window as unknown as { editorStates: { editable: boolean; value: string }[] }).editorStates);
  expect(states.filter((state) => state.editable && state.value !== text)).toEqual([]);
  expect(states.at(-1)).toEqual({ editable: true, value: text });
  expect(await everything(dashboard)).toMatchObject({ drafts: [{ text }] });
});
