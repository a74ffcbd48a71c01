// Students: ideas bookmarked in the page are listed in the dashboard and in the sidebar page (the same
// shortlist, narrow), and an application draft typed in the dashboard survives closing the page at once (no
// time for a debounce to fire, no "save" click).
import type { Journey } from './driver';
import { OUTREACH_URL, VECTOR_2010 } from './outreach-page';
import { seesPressed, seesText, seesValueContaining } from './sees';
import { APPLICATION_DRAFT, bookmark, openDraft } from './ui';

const FIRST = 'Fuzz testing Xen with Mirage';
const SECOND = 'CPUID Programming for Humans';
const DRAFT = 'I fuzzed xenstored with AFL last spring and found two crashes.';

export const shortlistAndDraft: Journey = {
  name: 'the dashboard and sidebar list the bookmarks; a draft survives closing the page at once',
  async run(driver) {
    await driver.openWiki(OUTREACH_URL, VECTOR_2010);
    for (const title of [FIRST, SECOND]) {
      await driver.click(bookmark(title));
      await seesPressed(driver, bookmark(title));
    }

    // The wiki tab stays open behind the dashboard, as it would for a student.
    await driver.newPage();
    await driver.openExtensionPage('dashboard.html');
    await seesText(driver, FIRST);
    await seesText(driver, SECOND);

    await driver.click(openDraft(FIRST));
    await driver.type(APPLICATION_DRAFT, DRAFT);
    await driver.closePage();

    await driver.newPage();
    await driver.openExtensionPage('dashboard.html');
    await driver.click(openDraft(FIRST));
    await seesValueContaining(driver, APPLICATION_DRAFT, DRAFT);

    // The sidebar (Firefox sidebar_action, Chrome side panel) shows the same shortlist; here in a tab.
    await driver.openExtensionPage('sidepanel.html');
    await seesText(driver, FIRST);
    await seesText(driver, SECOND);
  },
};
