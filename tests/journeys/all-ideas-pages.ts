// "All ideas pages": nothing is read until the person asks; "Update from the wiki" reads every page that uses the
// ideas template through api.php; a student finds an idea of a page never visited by search and bookmarks it; an
// admin mails a mentor about ideas not verified for over a year; with the wiki down, the last update is shown.
import assert from 'node:assert/strict';
import { programWiki } from '../support/program-wiki';
import type { Journey } from './driver';
import { eventually } from './eventually';
import { seesPressed, seesText } from './sees';
import { bookmark } from './ui';

const CREDIT2 = 'Credit2 & RTDS: tuning, tests (phase 1)';
const SEARCH_ALL = 'Search all ideas';
const found = { role: 'list', name: 'Ideas found' } as const;

export const allIdeasPages: Journey = {
  name: 'all ideas pages: update from the wiki, search every page and bookmark, mail a mentor, work offline',
  async run(driver) {
    const api = programWiki();
    await driver.serveApi(api);
    await driver.openExtensionPage('dashboard.html#program');
    await seesText(driver, 'Nothing read yet.');
    assert.equal(api.requests.length, 0, 'nothing is fetched before the person asks');

    await driver.click({ role: 'button', name: 'Update from the wiki' });
    await seesText(driver, '22 ideas on 3 pages');
    assert.deepEqual(
      api.requests.map(({ params }) => params.get('action') === 'parse' ? 'parse' : params.get('list') ?? params.get('prop')),
      ['embeddedin', 'revisions', 'parse', 'parse', 'parse', 'parse'],
    );

    // "credti": a typo, as in the page's own search.
    await driver.type(SEARCH_ALL, 'credti');
    await eventually(async () => assert.equal((await driver.textsOf({ role: 'heading', within: found }))[0], CREDIT2));
    await seesText(driver, 'on GSoC 2015');
    await driver.click(bookmark(CREDIT2));
    await seesPressed(driver, bookmark(CREDIT2));
    await driver.click({ role: 'tab', name: 'Shortlist' });
    await seesText(driver, 'Shortlist (1)');
    await driver.click({ role: 'tab', name: 'All ideas pages' });

    // The admin's check-in mail to one mentor: to them, the list in CC, both stale ideas linked in the body.
    const href = await driver.attributeOf({ role: 'link', name: 'Mail Konrad Rzeszutek Wilk' }, 'href');
    const mail = new URL(href!);
    assert.deepEqual([mail.protocol, mail.pathname, mail.searchParams.get('cc'), mail.searchParams.get('subject')], [
      'mailto:',
      'konrad.wilk@oracle.com',
      'xen-devel@lists.xenproject.org',
      'Do your Xen Project mentoring ideas still apply?',
    ]);
    const body = mail.searchParams.get('body')!;
    assert.ok(body.includes('https://wiki.xenproject.org/wiki/Outreach_Program_Projects#Utilize_Intel_QuickData_on_network_and_block_path.'), body);
    assert.ok(body.includes('https://wiki.xenproject.org/wiki/Outreach_Program_Projects#Xen_block_backend.2Ffrontend_multiqueue_support'), body);

    // Offline: the view works from the last update and says so.
    api.down = true;
    await driver.reload();
    await seesText(driver, '22 ideas on 3 pages');
    await driver.click({ role: 'button', name: 'Update from the wiki' });
    await seesText(driver, /^Could not update: The wiki could not be reached .* Showing what was read on \d+ \w+ \d{4}, \d\d:\d\d\.$/);
    await driver.type(SEARCH_ALL, 'credit2');
    await eventually(async () => assert.equal((await driver.textsOf({ role: 'heading', within: found }))[0], CREDIT2));
  },
};
