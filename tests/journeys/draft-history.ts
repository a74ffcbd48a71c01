// Students: each editing session of a draft is kept as a version; the history lists them, and restoring an
// older one puts its text back while the replaced text stays in the history. A reload keeps the restored text.
import assert from 'node:assert/strict';
import type { Journey, Target } from './driver';
import { eventually } from './eventually';
import { OUTREACH_URL, VECTOR_2010 } from './outreach-page';
import { seesPressed, seesStatus, seesText, seesValue } from './sees';
import { APPLICATION_DRAFT, bookmark, openDraft } from './ui';

const OVMF = 'OVMF Compatibility Support Module support in Xen';
const FIRST = 'First version: about the CSM.';
const SECOND = 'Second version: rewritten completely.';

const versions: Target = { role: 'listitem', within: { role: 'list', name: 'Earlier versions' } };

export const draftHistoryAndRestore: Journey = {
  name: 'a draft keeps a version per editing session, and an older one can be restored',
  async run(driver) {
    await driver.openWiki(OUTREACH_URL, VECTOR_2010);
    await driver.click(bookmark(OVMF));
    await seesPressed(driver, bookmark(OVMF));
    await driver.newPage();
    await driver.openExtensionPage('dashboard.html');
    await driver.click(openDraft(OVMF));
    await driver.type(APPLICATION_DRAFT, FIRST);
    await seesStatus(driver, 'Saved');

    // Coming back later (the draft stays open across the reload) starts a new editing session.
    await driver.reload();
    await seesValue(driver, APPLICATION_DRAFT, FIRST);
    await driver.type(APPLICATION_DRAFT, SECOND);
    await seesStatus(driver, 'Saved');

    await driver.unfold('Version history');
    await eventually(async () => {
      const listed = await driver.textsOf(versions);
      assert.equal(listed.length, 2, `expected two versions, saw ${JSON.stringify(listed)}`);
      assert.match(listed[0], /current text/);
      assert.match(listed[1], new RegExp(FIRST));
    });
    await driver.click({ role: 'button', name: /^Restore the version of /, within: { ...versions, hasText: FIRST } });

    await seesValue(driver, APPLICATION_DRAFT, FIRST);
    await seesText(driver, 'Restored an earlier version.');
    // The text it replaced is a version too.
    await eventually(async () => {
      const listed = await driver.textsOf(versions);
      assert.equal(listed.length, 3, `expected three versions, saw ${JSON.stringify(listed)}`);
      assert.ok(listed.some((version) => version.includes(SECOND)), `expected the replaced text among ${JSON.stringify(listed)}`);
    });

    await driver.reload();
    await seesValue(driver, APPLICATION_DRAFT, FIRST);
  },
};
