// Application drafts: started from the template with the idea's facts, saved while typing and on closing,
// never lost (closing at once, a browser restart, two views), version history with restore, Markdown download,
// "Email the mentor" with the list in CC and the page's subject tag, and storage errors shown.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, OUTREACH_URL, test } from './support';
import { clickBookmark } from './students-support';
import { bookmarkThroughRpc, CPUID, draftSaves, everything, openExtensionPage, OUTREACH_ID, OVMF, rpc } from './shortlist-helpers';

const OVMF_ID = `${OUTREACH_ID}#${OVMF.key}`;
const draftUrl = (id: string) => `dashboard.html#idea=${encodeURIComponent(id)}`;
const editor = (page: Page) => page.getByRole('textbox', { name: 'Application draft' });
const saveState = (page: Page) => page.getByTestId('save-state');

test('a draft starts from the template with the idea\'s facts, saves while typing, counts words, mails the mentor', async ({ context, page, wiki, extensionId }) => {
  // Visit the page first, so Idea Scout has read the subject tag it asks for ("add OPW 2014 to the subject line").
  wiki.serve(OUTREACH_URL, 'outreach-vector-mw1.31.html');
  await page.goto(OUTREACH_URL);
  await clickBookmark(page, OVMF.title);
  const dashboard = await openExtensionPage(context, extensionId);
  await expect.poll(async () => (await rpc<{ subjectTag: string } | null>(dashboard, { type: 'pageAdvice.get', pageId: OUTREACH_ID }))?.subjectTag).toBe('OPW 2014');
  await dashboard.reload();

  await dashboard.getByRole('button', { name: 'Write application' }).click();
  const text = editor(dashboard);
  await expect(text).toHaveValue(/^# Application: OVMF Compatibility Support Module support in Xen\n/);
  const template = await text.inputValue();
  for (const fact of [
    '- Link: https://wiki.xenproject.org/wiki/Outreach_Program_Projects#OVMF_Compatibility_Support_Module_support_in_Xen',
    '- Mentor: Wei Liu <wei.liu2@citrix.com>',
    '- Mailing list: xen-devel@lists.xenproject.org',
    '- Skills needed: C, firmware',
    '## About me',
    '## Timeline and milestones',
    '## Prior contributions and the small task',
    '## Talking with the mentor',
  ]) expect(template).toContain(fact);
  await expect(saveState(dashboard)).toHaveText('Template: saved as soon as you type');

  await expect(dashboard.getByLabel('Subject tag')).toHaveValue('OPW 2014');
  const mail = dashboard.getByRole('link', { name: 'Email the mentor' });
  await expect(mail).toHaveAttribute(
    'href',
    'mailto:wei.liu2@citrix.com?cc=xen-devel@lists.xenproject.org&subject=%5BOPW%202014%5D%20OVMF%20Compatibility%20Support%20Module%20support%20in%20Xen',
  );
  await dashboard.getByLabel('Subject tag').fill('GSoC 2026');
  await expect(mail).toHaveAttribute('href', /subject=%5BGSoC%202026%5D%20OVMF/);

  await text.fill('About me: I build firmware for fun.');
  // Saved while the editor still has focus: no blur, no closing.
  await expect(saveState(dashboard)).toHaveText('Saved');
  await expect(text).toBeFocused();
  await expect(dashboard.getByText('7 words', { exact: true })).toBeVisible();
  const stored = await everything(dashboard);
  expect(stored.drafts).toMatchObject([{ id: OVMF_ID, text: 'About me: I build firmware for fun.', subjectTag: 'GSoC 2026' }]);
  await expect(dashboard.getByRole('button', { name: 'Application draft · 7 words' })).toBeVisible();

  // Download as Markdown: the draft's text, named after the idea.
  const download = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Download as Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('application-ovmf-compatibility-support-module-support-in-xen.md');
  expect(await readFile(await file.path(), 'utf8')).toBe('About me: I build firmware for fun.');
});

test('type, close the page at once, reopen: the text is all there', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await bookmarkThroughRpc(dashboard, [OVMF]);
  await dashboard.goto(`chrome-extension://${extensionId}/${draftUrl(OVMF_ID)}`);
  await expect(saveState(dashboard)).toHaveText(/Template/);
  const words = 'My plan: week one, read hvmloader; week two, boot SeaBIOS from OVMF; week three, tests.';
  await editor(dashboard).press('Control+End');
  await editor(dashboard).pressSequentially(`\n${words}`, { delay: 0 });
  await dashboard.close(); // no waiting for the autosave

  const reopened = await openExtensionPage(context, extensionId, draftUrl(OVMF_ID));
  await expect(editor(reopened)).toHaveValue(new RegExp(`\\n${words.replace(/[.;,]/g, '\\$&')}$`));
  await expect(saveState(reopened)).toHaveText('Saved');
  // And the background has it too (recovered from the local copy if the last save had not arrived).
  await expect.poll(async () => (await everything(reopened)).drafts[0]?.text.endsWith(words)).toBe(true);
});

test('…even when no save reached the background before the page closed', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await bookmarkThroughRpc(dashboard, [OVMF]);
  await dashboard.goto(`chrome-extension://${extensionId}/${draftUrl(OVMF_ID)}`);
  await expect(saveState(dashboard)).toHaveText(/Template/);
  // Every save from this page is lost on the way (as when the page dies before the message is sent).
  await draftSaves(dashboard, 'lost');
  await editor(dashboard).fill('Only the local copy has this.');
  await dashboard.close();
  const before = await openExtensionPage(context, extensionId, 'popup.html');
  expect((await everything(before)).drafts).toEqual([]); // the background never got it

  const reopened = await openExtensionPage(context, extensionId, draftUrl(OVMF_ID));
  await expect(editor(reopened)).toHaveValue('Only the local copy has this.');
  await expect.poll(async () => (await everything(reopened)).drafts[0]?.text).toBe('Only the local copy has this.');
});

test('the text survives a browser restart in the middle of typing', async ({ launchBrowser, profileDir }) => {
  const first = await launchBrowser({ userDataDir: profileDir });
  const { extensionIdOf } = await import('./support');
  const id = await extensionIdOf(first);
  const dashboard = await openExtensionPage(first, id);
  await bookmarkThroughRpc(dashboard, [CPUID]);
  const cpuidId = `${OUTREACH_ID}#${CPUID.key}`;
  await dashboard.goto(`chrome-extension://${id}/${draftUrl(cpuidId)}`);
  await expect(saveState(dashboard)).toHaveText(/Template/);
  await editor(dashboard).fill('About me: written just before the browser quit.');
  await first.close();

  const second = await launchBrowser({ userDataDir: profileDir });
  const again = await openExtensionPage(second, await extensionIdOf(second), draftUrl(cpuidId));
  await expect(editor(again)).toHaveValue('About me: written just before the browser quit.');
});

test('restore an older version from the history', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await bookmarkThroughRpc(dashboard, [OVMF]);
  await dashboard.goto(`chrome-extension://${extensionId}/${draftUrl(OVMF_ID)}`);
  await editor(dashboard).fill('First version: about the CSM.');
  await expect(saveState(dashboard)).toHaveText('Saved');
  await dashboard.reload(); // a new editing session starts a new version
  await editor(dashboard).fill('Second version: rewritten completely.');
  await expect(saveState(dashboard)).toHaveText('Saved');

  await dashboard.getByText('Version history').click();
  const versions = dashboard.getByRole('list', { name: 'Earlier versions' }).getByRole('listitem');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('current text');
  await expect(versions.nth(1)).toContainText('First version: about the CSM.');
  await versions.nth(1).getByRole('button', { name: /^Restore the version of / }).click();

  await expect(editor(dashboard)).toHaveValue('First version: about the CSM.');
  await expect(dashboard.getByText('Restored an earlier version.', { exact: false })).toBeVisible();
  // The replaced text is still there to go back to.
  await expect(versions).toHaveCount(3);
  await expect(dashboard.getByRole('list', { name: 'Earlier versions' })).toContainText('Second version: rewritten completely.');
  await dashboard.reload();
  await expect(editor(dashboard)).toHaveValue('First version: about the CSM.');
});

test('two views of one draft: the newer write wins and the other view shows it', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await bookmarkThroughRpc(dashboard, [OVMF]);
  await dashboard.goto(`chrome-extension://${extensionId}/${draftUrl(OVMF_ID)}`);
  const panel = await openExtensionPage(context, extensionId, `sidepanel.html#idea=${encodeURIComponent(OVMF_ID)}`);
  await expect(editor(panel)).toHaveValue(/^# Application/);

  await editor(dashboard).fill('Typed in the dashboard.');
  await expect(editor(panel)).toHaveValue('Typed in the dashboard.');
  await expect(panel.getByText('Updated with the text saved in another window.')).toBeVisible();

  await editor(panel).fill('Then changed in the side panel.');
  await expect(editor(dashboard)).toHaveValue('Then changed in the side panel.');
  await expect(saveState(panel)).toHaveText('Saved');
  expect((await everything(dashboard)).drafts[0].text).toBe('Then changed in the side panel.');
});

test('a storage error is shown as "Not saved" with the reason, and the text is kept', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await bookmarkThroughRpc(dashboard, [OVMF]);
  await dashboard.goto(`chrome-extension://${extensionId}/${draftUrl(OVMF_ID)}`);
  await expect(saveState(dashboard)).toHaveText(/Template/);
  // The background answers every save as it does when the disk is full.
  await draftSaves(dashboard, 'full');
  await editor(dashboard).fill('Words that must not vanish.');
  await expect(saveState(dashboard)).toHaveText(/^Not saved: Browser storage is full, so Idea Scout could not save this\./);
  await expect(editor(dashboard)).toHaveValue('Words that must not vanish.');

  // Space is freed: "Try again" saves.
  await draftSaves(dashboard, 'pass');
  await dashboard.getByRole('button', { name: 'Try again' }).click();
  await expect(saveState(dashboard)).toHaveText('Saved');
  expect((await everything(dashboard)).drafts[0].text).toBe('Words that must not vanish.');
});
