// Mentors: since your last visit. The Outreach page, then its later revision at the same address: the panel
// reports what changed (one of each kind, see tests/fixtures), the page marks the new and changed ideas and the
// new comment; the report survives a reload until "Mark all as seen", which survives a reload too.
import type { Journey } from './driver';
import { OUTREACH_URL, VECTOR_2010 } from './outreach-page';
import { seesStatus, seesText, seesTextTimes } from './sees';

const REVISION_2 = 'outreach-vector-mw1.31.rev2.html';
const SINCE = 'Since your last visit';
/** Every mark beside an idea or a comment that speaks of the last visit. */
const VISIT_MARK = /(^|\()(new|changed) since your last visit/i;

const REPORT = [
  'Xen network backend multiqueue support (New Project Ideas › Xen Hypervisor)',
  'Mirage OS web stack testing: Difficulty',
  'Advanced Scheduling Parameters (List of projects that need more work › Xen Hypervisor Userspace Tools)',
  'Lars.kurth on Create a tiny VM for easy load testing: Which Windows version should the trace come from?',
  'Lars.kurth on Enabling the 9P File System transport as a paravirt device (17 February 2014): This project would benefit from links to the virtio specs and documents explaining how the PV protocol works.',
];

export const sinceLastVisit: Journey = {
  name: 'since the last visit: a changed page reports and marks every difference until "Mark all as seen"',
  async run(driver) {
    await driver.openWiki(OUTREACH_URL, VECTOR_2010);
    await seesText(driver, 'First visit recorded.');
    await seesTextTimes(driver, VISIT_MARK, 0);

    // The wiki page changes; the mentor comes back.
    driver.serve(OUTREACH_URL, REVISION_2);
    await driver.reload();
    const counts = /\): 1 new idea · 1 changed idea · 1 removed idea · 1 new review comment · 1 review comment addressed$/;
    await seesText(driver, counts);
    await seesText(driver, 'New since your last visit');
    await seesText(driver, 'Changed since your last visit: Difficulty');
    await driver.unfold(SINCE);
    for (const line of REPORT) await seesText(driver, line);

    await driver.reload();
    await seesText(driver, counts);
    await seesText(driver, 'Changed since your last visit: Difficulty');
    await driver.unfold(SINCE);
    await driver.click({ role: 'button', name: 'Mark all as seen' });
    await seesStatus(driver, 'All changes marked as seen. New changes will show here from your next visit.');
    await seesTextTimes(driver, VISIT_MARK, 0);

    await driver.reload();
    await seesText(driver, /^Nothing changed since your last visit/);
    await seesTextTimes(driver, VISIT_MARK, 0);
    // The open comments of the page as it is now stay marked, as open.
    await seesText(driver, /^3 open review comments on 3 ideas/);
  },
};
