// The shortlist page (dashboard.html): ideas bookmarked in the wiki page show up with their facts, in rank
// order that the student changes by buttons, keyboard or drag; progress and note are kept; an idea gone from its
// page is marked; it all works from the stored snapshot with the wiki unreachable.
import { expect, OUTREACH_URL, seriousViolations, test } from './support';
import {
  bookmarkThroughRpc,
  card,
  CPUID,
  everything,
  MIRAGE_FUZZ,
  openExtensionPage,
  OVMF,
  rpc,
  shownTitles,
} from './shortlist-helpers';

test('an idea bookmarked in the page shows in the shortlist, opened from the in-page panel', async ({ context, page, wiki, extensionId }) => {
  wiki.serve(OUTREACH_URL, 'outreach-vector-mw1.31.html');
  await page.goto(OUTREACH_URL);
  await page.getByRole('button', { name: `Bookmark ${OVMF.title}` }).click();
  await expect(page.getByRole('button', { name: `Bookmark ${OVMF.title}` })).toHaveAttribute('aria-pressed', 'true');

  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open shortlist' }).click();
  const dashboard = await opened;
  await dashboard.waitForLoadState();
  expect(dashboard.url()).toBe(`chrome-extension://${extensionId}/dashboard.html`);

  await expect(dashboard.getByRole('heading', { name: 'Shortlist (1)' })).toBeVisible();
  const item = card(dashboard, OVMF.title);
  await expect(item).toBeVisible();
  await expect(item.getByText('Medium', { exact: true })).toBeVisible();
  await expect(item.getByText('C, firmware')).toBeVisible();
  await expect(item.getByRole('link', { name: 'Wei Liu' })).toHaveAttribute('href', 'mailto:wei.liu2@citrix.com');
  await expect(item.getByText('xen-devel@lists.xenproject.org')).toBeVisible();
  await expect(item.getByRole('link', { name: OVMF.title })).toHaveAttribute(
    'href',
    'https://wiki.xenproject.org/wiki/Outreach_Program_Projects#OVMF_Compatibility_Support_Module_support_in_Xen',
  );
  await expect(item.getByLabel('Progress')).toHaveValue('interested');

  // Bookmarking another idea in the page shows in the open dashboard without a reload.
  await page.getByRole('button', { name: `Bookmark ${CPUID.title}` }).click();
  await expect(dashboard.getByRole('heading', { name: 'Shortlist (2)' })).toBeVisible();
  expect(await shownTitles(dashboard)).toEqual([OVMF.title, CPUID.title]);
});

test('reorder by Move buttons, by Alt+Arrow keys and by drag; the order is announced and kept', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  // Tall enough that a drag needs no scrolling (Playwright cannot follow a drag that scrolls the page).
  await dashboard.setViewportSize({ width: 1280, height: 1100 });
  await bookmarkThroughRpc(dashboard, [OVMF, CPUID, MIRAGE_FUZZ]);
  await dashboard.reload();
  await expect.poll(() => shownTitles(dashboard)).toEqual([OVMF.title, CPUID.title, MIRAGE_FUZZ.title]);

  // Buttons, named for the idea.
  await dashboard.getByRole('button', { name: `Move ${MIRAGE_FUZZ.title} up` }).click();
  await expect.poll(() => shownTitles(dashboard)).toEqual([OVMF.title, MIRAGE_FUZZ.title, CPUID.title]);
  await expect(dashboard.getByRole('status').filter({ hasText: 'moved to' })).toHaveText(`${MIRAGE_FUZZ.title} moved to position 2 of 3.`);
  // Focus stays on the button that was used, so pressing again keeps moving the same idea.
  await expect(dashboard.getByRole('button', { name: `Move ${MIRAGE_FUZZ.title} up` })).toBeFocused();
  await dashboard.keyboard.press('Enter');
  await expect.poll(() => shownTitles(dashboard)).toEqual([MIRAGE_FUZZ.title, OVMF.title, CPUID.title]);

  // Keyboard: Alt+Down on the idea's link.
  await card(dashboard, OVMF.title).getByRole('link', { name: OVMF.title }).focus();
  await dashboard.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => shownTitles(dashboard)).toEqual([MIRAGE_FUZZ.title, CPUID.title, OVMF.title]);
  await expect(dashboard.getByRole('status').filter({ hasText: 'moved to' })).toHaveText(`${OVMF.title} moved to position 3 of 3.`);

  // Drag: the first idea's handle onto the lower half of the last idea.
  const handle = card(dashboard, MIRAGE_FUZZ.title).locator('.handle');
  const target = card(dashboard, OVMF.title);
  const box = (await target.boundingBox())!;
  await handle.dragTo(target, { targetPosition: { x: box.width / 2, y: box.height - 10 } });
  await expect.poll(() => shownTitles(dashboard)).toEqual([CPUID.title, OVMF.title, MIRAGE_FUZZ.title]);

  // Stored, not just shown.
  await dashboard.reload();
  await expect.poll(() => shownTitles(dashboard)).toEqual([CPUID.title, OVMF.title, MIRAGE_FUZZ.title]);
  expect((await everything(dashboard)).bookmarks.map((b) => [b.title, b.rank])).toEqual([
    [CPUID.title, 1],
    [OVMF.title, 2],
    [MIRAGE_FUZZ.title, 3],
  ]);
});

test('progress and a note are kept, and shown in another open view', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await bookmarkThroughRpc(dashboard, [OVMF, CPUID]);
  await dashboard.reload();
  const panel = await openExtensionPage(context, extensionId, 'sidepanel.html');

  const item = card(dashboard, CPUID.title);
  await item.getByLabel('Progress').selectOption({ label: 'Small task done' });
  await item.getByLabel('Note').fill('Andres suggested looking at libxl_cpuid.c first.\nAsk about QEMU.');
  await expect(item.getByText('Note saved')).toBeVisible();

  await expect(card(panel, CPUID.title).getByLabel('Progress')).toHaveValue('task-done');
  await expect(card(panel, CPUID.title).getByLabel('Note')).toHaveValue('Andres suggested looking at libxl_cpuid.c first.\nAsk about QEMU.');

  await dashboard.reload();
  await expect(card(dashboard, CPUID.title).getByLabel('Progress')).toHaveValue('task-done');
  await expect(card(dashboard, CPUID.title).getByLabel('Note')).toHaveValue('Andres suggested looking at libxl_cpuid.c first.\nAsk about QEMU.');
  await expect(card(dashboard, OVMF.title).getByLabel('Note')).toHaveValue('');
});

test('works with the wiki unreachable and marks an idea its page no longer lists', async ({ context, extensionId }) => {
  // Nothing of the wiki is served in this test: every web request is refused.
  const dashboard = await openExtensionPage(context, extensionId);
  const [ovmf] = await bookmarkThroughRpc(dashboard, [OVMF, CPUID]);
  // What a visit records when it no longer finds the idea on its page.
  const gone = { ...ovmf, missingSince: '2026-02-03T10:00:00.000Z', updatedAt: '2099-01-01T00:00:00.000Z' };
  await rpc(dashboard, { type: 'data.import', bookmarks: [gone], drafts: [], draftVersions: [] });
  await dashboard.reload();

  await expect(card(dashboard, OVMF.title).getByText('No longer listed on its page since 2026-02-03')).toBeVisible();
  await expect(card(dashboard, CPUID.title).getByText(/No longer listed/)).toHaveCount(0);
  await expect(card(dashboard, OVMF.title).getByText('Wei Liu')).toBeVisible(); // from the stored snapshot
});

test('the toolbar popup counts the shortlist and opens it', async ({ context, extensionId }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await bookmarkThroughRpc(popup, [OVMF]);
  await popup.reload();
  await expect(popup.getByText('1 idea on your shortlist.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Open in side panel' })).toBeVisible();
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open shortlist' }).click();
  const dashboard = await opened;
  await expect(dashboard).toHaveURL(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(card(dashboard, OVMF.title)).toBeVisible();
});

test('axe-core finds no serious or critical problem in the dashboard, with a draft open, nor in the side panel', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  const [ovmf] = await bookmarkThroughRpc(dashboard, [OVMF, CPUID]);
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#idea=${encodeURIComponent(ovmf.id)}`);
  await expect(dashboard.getByRole('textbox', { name: 'Application draft' })).toBeEnabled();
  await dashboard.getByText('Version history').click();
  expect(await seriousViolations(dashboard)).toEqual([]);

  const panel = await openExtensionPage(context, extensionId, 'sidepanel.html');
  await expect(card(panel, OVMF.title)).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);
});

test('remove an idea from the shortlist: asked first, its draft kept, the page\'s bookmark toggle follows', async ({ page, wiki, context, extensionId }) => {
  wiki.serve(OUTREACH_URL, 'outreach-vector-mw1.31.html');
  await page.goto(OUTREACH_URL);
  const dashboard = await openExtensionPage(context, extensionId);
  await bookmarkThroughRpc(dashboard, [OVMF, CPUID]);
  await dashboard.reload();
  await card(dashboard, OVMF.title).getByRole('button', { name: 'Write application' }).click();
  await dashboard.getByRole('textbox', { name: 'Application draft' }).fill('My OVMF plan');
  await expect(dashboard.getByText('Saved', { exact: true })).toBeVisible();

  // Declining the question changes nothing.
  dashboard.once('dialog', (dialog) => void dialog.dismiss());
  await dashboard.getByRole('button', { name: `Remove ${OVMF.title} from the shortlist` }).click();
  await expect(dashboard.getByRole('heading', { name: 'Shortlist (2)' })).toBeVisible();

  dashboard.once('dialog', (dialog) => {
    expect(dialog.message()).toContain(OVMF.title);
    void dialog.accept();
  });
  await dashboard.getByRole('button', { name: `Remove ${OVMF.title} from the shortlist` }).click();
  await expect(dashboard.getByRole('heading', { name: 'Shortlist (1)' })).toBeVisible();
  expect(await shownTitles(dashboard)).toEqual([CPUID.title]);
  expect((await everything(dashboard)).drafts.map((draft) => draft.text)).toEqual(['My OVMF plan']);
  await expect(dashboard.getByRole('heading', { name: 'Drafts of ideas no longer on the shortlist' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Bookmark ${OVMF.title}` })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: `Bookmark ${CPUID.title}` })).toHaveAttribute('aria-pressed', 'true');
});
