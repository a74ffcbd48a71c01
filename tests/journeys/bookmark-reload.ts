// A bookmark made at an idea's heading is still there after the page is reloaded.
import type { Journey } from './driver';
import { OUTREACH_URL, VECTOR_2010 } from './outreach-page';
import { seesPressed } from './sees';
import { bookmark } from './ui';

const KEPT = 'Fuzz testing Xen with Mirage';
const OTHER = 'DRBD Integration';

export const bookmarkSurvivesReload: Journey = {
  name: 'a bookmark survives a reload',
  async run(driver) {
    await driver.openWiki(OUTREACH_URL, VECTOR_2010);
    await seesPressed(driver, bookmark(KEPT), false);

    await driver.click(bookmark(KEPT));
    await seesPressed(driver, bookmark(KEPT));

    await driver.reload();
    await seesPressed(driver, bookmark(KEPT));
    await seesPressed(driver, bookmark(OTHER), false);
  },
};
