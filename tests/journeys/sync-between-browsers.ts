// Students on two browsers: the shortlist (order, progress, note) made in one reaches the other through
// storage.sync, which the test carries across as the browser's own sync would; a removal in the second comes
// back to the first; drafts stay where they were written and say so; turning sync off empties storage.sync.
import assert from 'node:assert/strict';
import type { Driver, TwoBrowserJourney } from './driver';
import { eventually } from './eventually';
import { OUTREACH_URL, VECTOR_2010 } from './outreach-page';
import { seesPressed, seesShortlist, seesStatus, seesText } from './sees';
import { APPLICATION_DRAFT, bookmark, itemField, openDraft, SYNC_SETTING } from './ui';

const OVMF = 'OVMF Compatibility Support Module support in Xen';
const CPUID = 'CPUID Programming for Humans';
const FUZZ = 'Fuzz testing Xen with Mirage';
const NOTE = 'Ask Wei which CSM version to target';

/** Sync writes wait for a pause in changes (at most 10 s), so arrival gets longer than a UI update. */
const SYNC_WAIT_MS = 30_000;

type Items = Record<string, Record<string, unknown>>;

/** storage.sync of `driver` once `ready` holds for its items. */
function syncedWhen(driver: Driver, what: string, ready: (values: Record<string, unknown>[]) => boolean): Promise<Items> {
  return eventually(async () => {
    const items = (await driver.syncStorage()) as Items;
    assert.ok(ready(Object.values(items)), `${driver.browserName}: storage.sync does not yet hold ${what}: ${JSON.stringify(items).slice(0, 600)}`);
    return items;
  }, SYNC_WAIT_MS);
}

export const syncBetweenBrowsers: TwoBrowserJourney = {
  name: 'the shortlist follows the student to a second browser through storage.sync, and a removal there comes back',
  async run(first, second) {
    // First browser: bookmark in the page, then progress and note in the dashboard.
    await first.openWiki(OUTREACH_URL, VECTOR_2010);
    await first.click(bookmark(OVMF));
    await seesPressed(first, bookmark(OVMF));
    await first.newPage();
    await first.openExtensionPage('dashboard.html');
    await first.choose(itemField(OVMF, 'Progress'), 'Contacted mentor');
    await first.type('Note', NOTE);
    await seesStatus(first, 'Note saved');

    // Two more ideas, the last moved up; a draft for one of them.
    await first.closePage();
    for (const title of [CPUID, FUZZ]) {
      await first.click(bookmark(title));
      await seesPressed(first, bookmark(title));
    }
    await first.newPage();
    await first.openExtensionPage('dashboard.html');
    await first.click({ role: 'button', name: `Move ${FUZZ} up` });
    await seesShortlist(first, [OVMF, FUZZ, CPUID]);
    await first.click(openDraft(FUZZ));
    await first.type(APPLICATION_DRAFT, 'I fuzzed xenstored with AFL.');
    await seesText(first, 'Draft on this device only');

    const fromFirst = await syncedWhen(
      first,
      'three bookmarks, the note, and the draft in this device’s record',
      (values) =>
        values.filter((v) => 'f' in v).length === 3 &&
        values.some((v) => v.n === NOTE && v.s === 'contacted') &&
        values.some((v) => Array.isArray(v.w) && v.w.length === 1),
    );

    // The browser's sync carries the items to the second browser.
    await second.openExtensionPage('dashboard.html');
    await second.putSyncStorage(fromFirst);
    await seesShortlist(second, [OVMF, FUZZ, CPUID]);
    await eventually(async () => assert.equal(await second.valueOf(itemField(OVMF, 'Note')), NOTE));
    assert.equal(await second.valueOf(itemField(OVMF, 'Progress')), 'contacted');
    await seesText(second, 'Draft on another device');

    // The second browser's wiki page knows the bookmark; unbookmarking there removes it.
    await second.newPage();
    await second.openWiki(OUTREACH_URL, VECTOR_2010);
    await seesPressed(second, bookmark(OVMF));
    await second.click(bookmark(OVMF));
    await seesPressed(second, bookmark(OVMF), false);
    await second.closePage();
    await seesShortlist(second, [FUZZ, CPUID]);
    const fromSecond = await syncedWhen(second, 'the removal', (values) => values.some((v) => v.x === 1));

    // Back in the first browser, whose dashboard is open: the removal arrives and the list updates.
    await first.putSyncStorage(fromSecond);
    await seesShortlist(first, [FUZZ, CPUID]);

    // Turning sync off in the second browser empties storage.sync; the shortlist stays.
    await second.click(SYNC_SETTING);
    await seesStatus(second, 'Off: the shortlist stays in this browser only.');
    await eventually(async () => assert.deepEqual(await second.syncStorage(), {}));
    await seesShortlist(second, [FUZZ, CPUID]);
  },
};
