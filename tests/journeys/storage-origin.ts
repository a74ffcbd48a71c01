// Where the data lives: after a bookmark, the wiki's origin holds nothing of ours (its own scripts could read
// or delete it there); the extension's origin holds the database.
import assert from 'node:assert/strict';
import type { Journey } from './driver';
import { eventually } from './eventually';
import { OUTREACH_URL, VECTOR_2010 } from './outreach-page';
import { seesPressed } from './sees';
import { bookmark } from './ui';

const DATABASE = 'idea-scout';

export const storageInExtensionOrigin: Journey = {
  name: "storage lives in the extension's origin, the wiki's origin holds nothing of ours",
  async run(driver) {
    await driver.openWiki(OUTREACH_URL, VECTOR_2010);
    await driver.click(bookmark('CPUID Programming for Humans'));
    await seesPressed(driver, bookmark('CPUID Programming for Humans'));

    // The fixture runs no scripts of its own, so anything stored in the wiki's origin would be ours.
    const wiki = await driver.pageStorage();
    assert.equal(wiki.origin, new URL(OUTREACH_URL).origin);
    assert.deepEqual(
      { indexedDB: wiki.indexedDB, localStorage: wiki.localStorage, sessionStorage: wiki.sessionStorage, cookies: wiki.cookies },
      { indexedDB: [], localStorage: [], sessionStorage: [], cookies: [] },
    );

    await driver.newPage();
    await driver.openExtensionPage('dashboard.html');
    await eventually(async () => {
      const extension = await driver.pageStorage();
      assert.match(extension.origin, /^(chrome|moz)-extension:\/\//);
      assert.ok(extension.indexedDB.includes(DATABASE), `expected the database "${DATABASE}" in ${extension.origin}, saw ${JSON.stringify(extension.indexedDB)}`);
    });
  },
};
