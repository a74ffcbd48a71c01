// Students: the filters live in the page's address, so a reload keeps them and a copied link opens the page
// filtered the same way; a link to an idea the filters hide shows that idea, clearing the filter that hid it.
import assert from 'node:assert/strict';
import type { Journey } from './driver';
import { eventually } from './eventually';
import { OUTREACH_URL, VECTOR_2010, showing } from './outreach-page';
import { seesPressed, seesStatus, seesValue } from './sees';
import { SEARCH_IDEAS, difficulty, skill } from './ui';

const CPUID = 'CPUID Programming for Humans';

export const filtersInTheUrl: Journey = {
  name: 'the filters are in the address: a reload keeps them, a copied link restores them, a link to a hidden idea shows it',
  async run(driver) {
    await driver.openWiki(OUTREACH_URL, VECTOR_2010);
    await driver.click(difficulty('Medium'));
    await driver.type(SEARCH_IDEAS, 'xen');
    await seesStatus(driver, showing(6));
    const shown = await driver.visibleIdeaTitles();
    // Typing is written to the address once it pauses.
    await eventually(async () => assert.match(await driver.url(), /\?scout=q:xen;difficulty:medium$/));

    await driver.reload();
    await seesStatus(driver, showing(6));
    await seesValue(driver, SEARCH_IDEAS, 'xen');
    await seesPressed(driver, difficulty('Medium'));
    assert.deepEqual(await driver.visibleIdeaTitles(), shown);
    const link = await driver.url();

    // The copied link, opened in another tab.
    await driver.newPage();
    await driver.openWiki(link, VECTOR_2010);
    await seesStatus(driver, showing(6));
    await seesValue(driver, SEARCH_IDEAS, 'xen');
    await seesPressed(driver, difficulty('Medium'));
    assert.deepEqual(await driver.visibleIdeaTitles(), shown);

    // A link to the CPUID idea with a filter that hides it (OCaml).
    await driver.openWiki(`${OUTREACH_URL}?scout=skills:OCaml#CPUID_Programming_for_Humans`, VECTOR_2010);
    await eventually(async () => assert.ok((await driver.visibleIdeaTitles()).includes(CPUID), `expected ${CPUID} to be shown`));
    await seesPressed(driver, skill('OCaml'), false);
  },
};
