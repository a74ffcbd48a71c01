// Export (Markdown, CSV, JSON) and import: the downloaded files hold the shortlist; the JSON brings the same
// shortlist and drafts into a fresh profile; every bad file is refused with a message naming the problem and
// changes nothing. Plus the print view.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ExportEnvelope } from '../../lib/export/json';
import { MAX_IMPORT_BYTES } from '../../lib/import';
import { backgroundWorkerOf, expect, extensionIdOf, test } from './support';
import { bookmarkThroughRpc, card, CPUID, everything, MIRAGE_FUZZ, openExtensionPage, OUTREACH_ID, OVMF, rpc, shownTitles } from './shortlist-helpers';

/** The extension API as seen in an extension page (the e2e tsconfig has no `chrome` types). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** A shortlist with a note, a status, an order of its own, and a draft with two versions. */
async function fillShortlist(page: Page) {
  const [ovmf, cpuid, mirage] = await bookmarkThroughRpc(page, [OVMF, CPUID, MIRAGE_FUZZ]);
  await rpc(page, { type: 'shortlist.reorder', ids: [cpuid.id, ovmf.id, mirage.id] });
  await rpc(page, { type: 'shortlist.update', id: cpuid.id, progress: 'contacted', note: 'Mail Andres, "CPUID, in plain words"' });
  const save = (text: string, session: string, editedAt: string) =>
    rpc(page, { type: 'drafts.save', pageId: OUTREACH_ID, ideaKey: CPUID.key, title: CPUID.title, text, subjectTag: 'OPW 2014', editedAt, session });
  await save('First try', 's1', '2026-01-10T10:00:00.000Z');
  await save('About me: second try.', 's2', '2026-01-11T10:00:00.000Z');
  await page.reload();
}

async function download(page: Page, button: string) {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await event;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('export each format: the downloaded files hold the ranked shortlist, the JSON everything', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await fillShortlist(dashboard);
  const stamp = /\d{4}-\d{2}-\d{2}/.source;

  const md = await download(dashboard, 'Export Markdown');
  expect(md.name).toMatch(new RegExp(`^idea-scout-shortlist-${stamp}\\.md$`));
  expect(md.text).toMatch(/^# Idea Scout shortlist\n\nExported .* UTC, 3 ideas\.\n/);
  const headings = md.text.split('\n').filter((line) => line.startsWith('## '));
  expect(headings).toEqual([`## 1. ${CPUID.title}`, `## 2. ${OVMF.title}`, `## 3. ${MIRAGE_FUZZ.title}`]);
  expect(md.text).toContain('- Status: Contacted mentor\n- Note: Mail Andres, "CPUID, in plain words"');
  expect(md.text).toContain('- Link: <https://wiki.xenproject.org/wiki/Outreach_Program_Projects#CPUID_Programming_for_Humans>');

  const csv = await download(dashboard, 'Export CSV');
  expect(csv.name).toMatch(new RegExp(`^idea-scout-shortlist-${stamp}\\.csv$`));
  const lines = csv.text.replace(/^\ufeff/, '').split('\r\n');
  expect(lines).toHaveLength(5); // header, 3 ideas, and the empty string after the last CRLF
  expect(lines[0]).toBe('Rank,Title,Link,Page,Difficulty,Skills,Mentor,Mentor email,Mailing list,Status,Note,Draft words,Bookmarked,Missing from page since');
  expect(lines[1]).toMatch(
    /^1,CPUID Programming for Humans,https:\/\/wiki\.xenproject\.org\/wiki\/Outreach_Program_Projects#CPUID_Programming_for_Humans,Outreach Program Projects,Easy,"C, Xen toolstack, QEMU, libvirt",Andres Lagar-Cavilla,andres@lagarcavilla\.org,xen-devel@lists\.xenproject\.org,Contacted mentor,"Mail Andres, ""CPUID, in plain words""",4,\d{4}-\d{2}-\d{2},$/,
  );
  expect(lines[2]).toMatch(/^2,OVMF Compatibility Support Module support in Xen,/);
  expect(lines[4]).toBe('');

  const json = await download(dashboard, 'Export JSON');
  expect(json.name).toMatch(new RegExp(`^idea-scout-${stamp}\\.json$`));
  const envelope = JSON.parse(json.text) as ExportEnvelope;
  expect(envelope).toMatchObject({ format: 'idea-scout', version: 1, exportedAt: expect.any(String) });
  expect(envelope.bookmarks.map((b) => b.title)).toEqual([CPUID.title, OVMF.title, MIRAGE_FUZZ.title]);
  expect(envelope.drafts).toMatchObject([{ title: CPUID.title, text: 'About me: second try.', subjectTag: 'OPW 2014' }]);
  expect(envelope.draftVersions.map((v) => v.text)).toEqual(['First try', 'About me: second try.']);
  const { bookmarks, drafts, draftVersions } = envelope;
  expect({ bookmarks, drafts, draftVersions }).toEqual(await everything(dashboard));
});

test('importing the JSON into a fresh profile gives the same shortlist and drafts', async ({ context, extensionId, launchBrowser }, testInfo) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await fillShortlist(dashboard);
  const exported = await download(dashboard, 'Export JSON');
  await mkdir(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'export.json');
  await writeFile(file, exported.text);
  const original = await everything(dashboard);

  const fresh = await launchBrowser(); // another, empty profile
  const other = await openExtensionPage(fresh, await extensionIdOf(fresh));
  await expect(other.getByText('Nothing on the shortlist yet.')).toBeVisible();
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles(file);

  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported: 3 ideas added, 0 updated; 1 draft added, 0 updated; 2 versions added.',
  );
  await expect.poll(() => shownTitles(other)).toEqual([CPUID.title, OVMF.title, MIRAGE_FUZZ.title]);
  await expect(card(other, CPUID.title).getByLabel('Progress')).toHaveValue('contacted');
  await expect(card(other, CPUID.title).getByLabel('Note')).toHaveValue('Mail Andres, "CPUID, in plain words"');
  await card(other, CPUID.title).getByRole('button', { name: /Application draft/ }).click();
  await expect(other.getByRole('textbox', { name: 'Application draft' })).toHaveValue('About me: second try.');
  expect(await everything(other)).toEqual(original);

  // The same file again: nothing new, and it says so.
  const again = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Import' }).click();
  await (await again).setFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText('4 items already up to date');
  expect(await everything(other)).toEqual(original);
});

test('each bad file is refused with a message naming the problem, and changes nothing', async ({ context, extensionId }, testInfo) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await fillShortlist(dashboard);
  const before = await everything(dashboard);
  const good = JSON.parse((await download(dashboard, 'Export JSON')).text);
  // The cases break an export file on purpose, field by field, so the file is untyped here.
  /* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access */
  const variant = (change: (file: any) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return JSON.stringify(copy);
  };

  const cases: [string, string | Buffer, RegExp][] = [
    ['notes.json', 'These are my notes, not JSON.', /^notes\.json: The file is not JSON \(.+\)\. Nothing was imported\.$/],
    ['bookmarks.json', JSON.stringify({ format: 'netscape-bookmarks', items: [] }), /it has "format": "netscape-bookmarks" \(expected "idea-scout"\)/],
    ['future.json', variant((f) => (f.version = 7)), /written by a newer Idea Scout \(format version 7\); this one reads version 1\. Update the extension/],
    ['missing.json', variant((f) => delete f.bookmarks[1].idea), /bookmarks\[1\]\.idea: expected object/],
    ['proto.json', JSON.stringify(good).replace('"bookmarks":[{', '"bookmarks":[{"__proto__":{"isAdmin":true},'), /contains a "__proto__" key \(at bookmarks\[0\]\)/],
    // Just over the limit: the file is refused by its size, before it is read.
    ['huge.json', variant((f) => (f.drafts[0].text = 'x'.repeat(MAX_IMPORT_BYTES))), /^huge\.json: The file is too large \(10\.0 MB\): .* the limit is 10\.0 MB\. Nothing was imported\.$/],
    ['long.json', variant((f) => (f.bookmarks[2].idea.description.text = 'x'.repeat(50_001))), /bookmarks\[2\]\.idea\.description\.text: must have at most 50000 characters\. Nothing was imported\.$/],
  ];
  /* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access */
  await mkdir(testInfo.outputDir, { recursive: true });
  for (const [name, content, message] of cases) {
    const path = join(testInfo.outputDir, name);
    await writeFile(path, content);
    const chooser = dashboard.waitForEvent('filechooser');
    await dashboard.getByRole('button', { name: 'Import' }).click();
    await (await chooser).setFiles(path);
    const alert = dashboard.getByRole('alert').filter({ hasText: name });
    await expect(alert).toHaveText(message);
    await expect(alert).toContainText('Nothing was imported.');
    expect(await everything(dashboard)).toEqual(before);
  }
});

test('an imported mentor address cannot add recipients or a body to a mail link', async ({ context, extensionId }, testInfo) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await fillShortlist(dashboard);
  const file = JSON.parse((await download(dashboard, 'Export JSON')).text) as ExportEnvelope;
  const cpuid = file.bookmarks.find((b) => b.title === CPUID.title)!;
  cpuid.updatedAt = new Date().toISOString();
  cpuid.idea.contacts = [
    { name: 'Andres', email: 'andres@lagarcavilla.org?cc=spy@evil.example&body=Send%20your%20draft' },
    { name: 'Second mentor', email: 'second@example.org' },
  ];
  const path = join(testInfo.outputDir, 'addresses.json');
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(path, JSON.stringify(file));
  const chooser = dashboard.waitForEvent('filechooser');
  await dashboard.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles(path);
  await expect(dashboard.getByRole('status').filter({ hasText: 'Imported' })).toContainText('1 updated');

  const item = card(dashboard, CPUID.title);
  await expect(item.getByText('Andres', { exact: true })).toBeVisible();
  await expect(item.getByRole('link', { name: 'Andres' })).toHaveCount(0);
  await expect(item.getByRole('link', { name: 'Second mentor' })).toHaveAttribute('href', 'mailto:second@example.org');
  await item.getByRole('button', { name: /Application draft/ }).click();
  const mail = dashboard.getByRole('link', { name: 'Email the mentor' });
  await expect(mail).toHaveAttribute('href', /^mailto:second@example\.org\?cc=xen-devel@lists\.xenproject\.org&subject=/);
  expect(await mail.getAttribute('href')).not.toMatch(/evil|body=/);
});

test('keys that reach a prototype are refused by the page and by the background, and pollute neither', async ({ context, extensionId }, testInfo) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await fillShortlist(dashboard);
  const before = await everything(dashboard);
  const text = JSON.stringify(await everything(dashboard));
  const polluting = [
    text.replace('"idea":{', '"idea":{"__proto__":{"isAdmin":true},'),
    text.replace('"contacts":[{', '"contacts":[{"constructor":{"prototype":{"isAdmin":true}},'),
  ];
  const isPolluted = () => 'isAdmin' in Object.prototype || ({} as Record<string, unknown>).isAdmin !== undefined;

  // Through the page: the import refuses the file.
  const file = join(testInfo.outputDir, 'proto.json');
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(file, JSON.stringify({ format: 'idea-scout', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', ...JSON.parse(polluting[0]) }));
  const chooser = dashboard.waitForEvent('filechooser');
  await dashboard.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles(file);
  await expect(dashboard.getByRole('alert').filter({ hasText: 'proto.json' })).toContainText('contains a "__proto__" key');

  // Straight to the background, as a page that skipped the checks would send it.
  for (const json of polluting) {
    // Built in the page with JSON.parse, so "__proto__" is an own key as on the wire.
    const reply = await dashboard.evaluate((payload) => chrome.runtime.sendMessage({ ...JSON.parse(payload), type: 'data.import' }), json);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Invalid "data\.import" message: it contains a "(__proto__|constructor)" key \(at bookmarks\[0\]/) });
  }

  expect(await dashboard.evaluate(isPolluted)).toBe(false);
  expect(await (await backgroundWorkerOf(context)).evaluate(isPolluted)).toBe(false);
  expect(await everything(dashboard)).toEqual(before);
});

test('the print view lists the ranked shortlist with its facts and notes', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId);
  await fillShortlist(dashboard);
  const opened = context.waitForEvent('page');
  await dashboard.getByRole('link', { name: 'Print view' }).click();
  const print = await opened;
  await expect(print).toHaveURL(`chrome-extension://${extensionId}/dashboard.html?view=print`);
  await expect(print.getByRole('heading', { level: 2 })).toHaveText([CPUID.title, OVMF.title, MIRAGE_FUZZ.title]);
  await expect(print.getByRole('row', { name: /Note/ })).toHaveText(/Mail Andres, "CPUID, in plain words"/);
  await expect(print.getByRole('button', { name: 'Print' })).toBeVisible();
});
