// The browser restarts the extension's background between a student's actions (Chrome stops an idle service
// worker, Firefox reloads the background page): bookmarks made in the page and a draft typed in the dashboard
// are all kept, and the page and the dashboard keep working after each restart.
import type { Journey } from './driver';
import { OUTREACH_URL, VECTOR_2010 } from './outreach-page';
import { seesPressed, seesStatus, seesText, seesValue } from './sees';
import { APPLICATION_DRAFT, bookmark, openDraft } from './ui';

const OVMF = 'OVMF Compatibility Support Module support in Xen';
const CPUID = 'CPUID Programming for Humans';
const DRAFT = 'About me: I build firmware.';

export const backgroundRestart: Journey = {
  name: 'the background restarts between actions: bookmarks in the page and a typed draft are all kept',
  async run(driver) {
    await driver.openWiki(OUTREACH_URL, VECTOR_2010);
    await driver.restartBackground();
    await driver.click(bookmark(OVMF));
    await seesPressed(driver, bookmark(OVMF));

    await driver.newPage();
    await driver.openExtensionPage('dashboard.html');
    await seesText(driver, 'Shortlist (1)');
    await driver.restartBackground();
    await driver.click(openDraft(OVMF));
    await driver.type(APPLICATION_DRAFT, DRAFT);
    await seesStatus(driver, 'Saved');

    // Back in the wiki tab, opened before any restart.
    await driver.closePage();
    await driver.click(bookmark(CPUID));
    await seesPressed(driver, bookmark(CPUID));
    await driver.restartBackground();
    await driver.reload();
    await seesPressed(driver, bookmark(OVMF));
    await seesPressed(driver, bookmark(CPUID));

    await driver.restartBackground();
    await driver.newPage();
    await driver.openExtensionPage('dashboard.html');
    await seesText(driver, 'Shortlist (2)');
    await driver.click(openDraft(OVMF));
    await seesValue(driver, APPLICATION_DRAFT, DRAFT);
  },
};
