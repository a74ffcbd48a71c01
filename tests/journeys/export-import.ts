// Anyone: the shortlist leaves the browser as Markdown, CSV and JSON files, ranked, with progress, note and
// draft; the JSON imported into a fresh profile gives the same shortlist and draft; a file that is no export is
// refused with a message naming it, and importing the same export again changes nothing.
import assert from 'node:assert/strict';
import type { Driver, Target, TwoBrowserJourney, UserFile } from './driver';
import { eventually } from './eventually';
import { OUTREACH_URL, VECTOR_2010 } from './outreach-page';
import { seesPressed, seesShortlist, seesStatus, seesText, seesValue } from './sees';
import { APPLICATION_DRAFT, bookmark, itemField, openDraft } from './ui';

const CPUID = 'CPUID Programming for Humans';
const OVMF = 'OVMF Compatibility Support Module support in Xen';
const NOTE = 'Mail Andres, "CPUID, in plain words"';
const DRAFT = 'About me: I read the CPUID chapter twice.';
const DAY = /\d{4}-\d{2}-\d{2}/.source;

const exportButton = (format: 'Markdown' | 'CSV' | 'JSON'): Target => ({ role: 'button', name: `Export ${format}` });
const IMPORT: Target = { role: 'button', name: 'Import' };

async function seesAlert(driver: Driver, message: RegExp): Promise<void> {
  await eventually(async () => {
    const alerts = await driver.textsOf({ role: 'alert' });
    assert.ok(alerts.some((alert) => message.test(alert)), `expected an alert matching ${String(message)}, saw ${JSON.stringify(alerts)}`);
  });
}

function checkMarkdown({ name, text }: UserFile): void {
  assert.match(name, new RegExp(`^idea-scout-shortlist-${DAY}\\.md$`));
  assert.match(text, /^# Idea Scout shortlist\n\nExported .* UTC, 2 ideas\.\n/);
  assert.deepEqual(
    text.split('\n').filter((line) => line.startsWith('## ')),
    [`## 1. ${CPUID}`, `## 2. ${OVMF}`],
  );
  assert.ok(text.includes(`- Status: Contacted mentor\n- Note: ${NOTE}`), `the Markdown lacks the status and note:\n${text}`);
}

function checkCsv({ name, text }: UserFile): void {
  assert.match(name, new RegExp(`^idea-scout-shortlist-${DAY}\\.csv$`));
  const lines = text.replace(/^\ufeff/, '').split('\r\n');
  assert.equal(lines.length, 4, `expected a header, two ideas and a final line break:\n${text}`);
  assert.equal(lines[0], 'Rank,Title,Link,Page,Difficulty,Skills,Mentor,Mentor email,Mailing list,Status,Note,Draft words,Bookmarked,Missing from page since');
  assert.match(lines[1], new RegExp(`^1,${CPUID},https://wiki\\.xenproject\\.org/wiki/Outreach_Program_Projects#CPUID_Programming_for_Humans,.*,Contacted mentor,"Mail Andres, ""CPUID, in plain words""",8,${DAY},$`));
  assert.match(lines[2], new RegExp(`^2,${OVMF},`));
  assert.equal(lines[3], '');
}

function checkJson({ name, text }: UserFile): void {
  assert.match(name, new RegExp(`^idea-scout-${DAY}\\.json$`));
  const file = JSON.parse(text) as { format: string; bookmarks: { title: string }[]; drafts: { title: string; text: string }[] };
  assert.equal(file.format, 'idea-scout');
  assert.deepEqual(file.bookmarks.map((b) => b.title), [CPUID, OVMF]);
  assert.deepEqual(file.drafts.map((d) => [d.title, d.text]), [[CPUID, DRAFT]]);
}

export const exportAndImport: TwoBrowserJourney = {
  name: 'the shortlist exported as Markdown, CSV and JSON; the JSON imported into a fresh profile gives the same shortlist and draft',
  async run(first, second) {
    // First browser: a ranked shortlist with progress, a note and a draft.
    await first.openWiki(OUTREACH_URL, VECTOR_2010);
    await first.click(bookmark(CPUID));
    await seesPressed(first, bookmark(CPUID));
    await first.newPage();
    await first.openExtensionPage('dashboard.html');
    await first.choose(itemField(CPUID, 'Progress'), 'Contacted mentor');
    await first.type('Note', NOTE);
    await seesStatus(first, 'Note saved');
    await first.closePage();
    await first.click(bookmark(OVMF));
    await seesPressed(first, bookmark(OVMF));
    await first.newPage();
    await first.openExtensionPage('dashboard.html');
    await seesShortlist(first, [CPUID, OVMF]);
    await first.click(openDraft(CPUID));
    await first.type(APPLICATION_DRAFT, DRAFT);
    await seesStatus(first, 'Saved');

    checkMarkdown(await first.download(exportButton('Markdown')));
    checkCsv(await first.download(exportButton('CSV')));
    const exported = await first.download(exportButton('JSON'));
    checkJson(exported);

    // A fresh profile: a file that is no export is refused and changes nothing; the export brings everything.
    await second.openExtensionPage('dashboard.html');
    await seesText(second, 'Nothing on the shortlist yet.');
    await second.upload(IMPORT, { name: 'notes.json', text: 'These are my notes, not JSON.' });
    await seesAlert(second, /^notes\.json: The file is not JSON \(.+\)\. Nothing was imported\.$/);
    await seesText(second, 'Nothing on the shortlist yet.');

    await second.upload(IMPORT, exported);
    await seesStatus(second, 'Imported: 2 ideas added, 0 updated; 1 draft added, 0 updated; 1 version added.');
    await seesShortlist(second, [CPUID, OVMF]);
    await eventually(async () => assert.equal(await second.valueOf(itemField(CPUID, 'Note')), NOTE));
    assert.equal(await second.valueOf(itemField(CPUID, 'Progress')), 'contacted');

    // The same file again: nothing new, and it says so.
    await second.upload(IMPORT, exported);
    await seesStatus(second, 'already up to date');
    await seesShortlist(second, [CPUID, OVMF]);
    await second.click(openDraft(CPUID));
    await seesValue(second, APPLICATION_DRAFT, DRAFT);
  },
};
