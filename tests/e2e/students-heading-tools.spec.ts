// The tools at each idea's heading, read as a student reads them: the difficulty and skill chips, how old the
// idea is, and the mail link with its recipients, the list in CC and the subject tag the page asks for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, FIXTURES_DIR, OUTREACH_URL, test } from './support';
import { FIXTURES, openIdeasPage } from './students-support';

/** The tools under one idea's heading, found by the idea's bookmark button (only its own tools hold it). */
function toolsOf(page: Page, title: string) {
  return page.locator('idea-scout-heading', { has: page.getByRole('button', { name: `Bookmark ${title}`, exact: true }) });
}

/** A mailto: link as a mail program reads it: recipients, and each header of the query. */
function readMailto(href: string) {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  const headers: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (headers[name] ??= []).push(value);
  return { to: decodeURIComponent(url.pathname).split(','), headers };
}

const OVMF = 'OVMF Compatibility Support Module support in Xen';
const CPU_DIAGRAM = 'CPU/RAM/PCI diagram tool';
const XL_TO_XCP = 'XL to XCP VM motion';
const DRBD = 'DRBD Integration';

for (const { skin, fixture } of FIXTURES) {
  test(`each heading shows difficulty, skills, age and a mail link to the mentors (${skin})`, async ({ page, wiki }) => {
    await openIdeasPage(page, wiki, { fixture });

    const ovmf = toolsOf(page, OVMF);
    await expect(ovmf.getByText('Difficulty: Medium', { exact: true })).toBeVisible();
    await expect(ovmf.getByText('Skills: Cfirmware', { exact: true })).toBeVisible();
    await expect(ovmf.getByText('C', { exact: true })).toBeVisible();
    await expect(ovmf.getByText('firmware', { exact: true })).toBeVisible();
    await expect(ovmf.getByText('added 2014 · not verified since 2020', { exact: true })).toBeVisible();
    const mail = ovmf.getByRole('link', { name: `Mail mentors about ${OVMF}` });
    await expect(mail).toBeVisible();
    await expect(mail).toHaveAttribute('title', 'To: wei.liu2@citrix.com\nCc: xen-devel@lists.xenproject.org');
    expect(readMailto((await mail.getAttribute('href'))!)).toEqual({
      to: ['wei.liu2@citrix.com'],
      headers: {
        cc: ['xen-devel@lists.xenproject.org'],
        subject: [`[OPW 2014] ${OVMF}`],
        body: [
          `Hello,\n\nI am interested in the project idea "${OVMF}" ` +
            '(https://wiki.xenproject.org/wiki/Outreach_Program_Projects#OVMF_Compatibility_Support_Module_support_in_Xen).\n\n',
        ],
      },
    });

    // A range of difficulties, four skills.
    const diagram = toolsOf(page, CPU_DIAGRAM);
    await expect(diagram.getByText('Difficulty: Medium\u2013Hard', { exact: true })).toBeVisible();
    await expect(diagram.getByText('Skills: shellLinux kernelACPIhardware', { exact: true })).toBeVisible();

    // A mentor without an address: the mail goes to the list, with nobody in CC.
    const xl = toolsOf(page, XL_TO_XCP);
    await expect(xl.getByText('Difficulty: Unknown', { exact: true })).toBeVisible();
    await expect(xl.getByText(/^Skills:/)).toHaveCount(0);
    await expect(xl.getByText('added 2012 · not verified since 2020', { exact: true })).toBeVisible();
    const listMail = xl.getByRole('link', { name: `Mail the list about ${XL_TO_XCP}` });
    await expect(listMail).toHaveAttribute('title', 'To: xen-devel@lists.xenproject.org');
    const { to, headers } = readMailto((await listMail.getAttribute('href'))!);
    expect(to).toEqual(['xen-devel@lists.xenproject.org']);
    expect(headers.cc).toBeUndefined();
    expect(headers.subject).toEqual([`[OPW 2014] ${XL_TO_XCP}`]);

    // Every idea of the page has its tools; the age of one inserted in July 2013.
    await expect(page.locator('idea-scout-heading')).toHaveCount(18);
    await expect(toolsOf(page, DRBD).getByText('added 2013 · not verified since 2020', { exact: true })).toBeVisible();
  });
}

test('a page that asks for no subject tag gets plain subjects', async ({ page, wiki }) => {
  const html = readFileSync(join(FIXTURES_DIR, 'outreach-vector-mw1.31.html'), 'utf8').replace(
    'Make sure you add OPW 2014 to the subject line.',
    'Say hello.',
  );
  wiki.serveHtml(OUTREACH_URL, html);
  await page.goto(OUTREACH_URL);
  const mail = toolsOf(page, OVMF).getByRole('link', { name: `Mail mentors about ${OVMF}` });
  await expect(mail).toBeVisible();
  expect(readMailto((await mail.getAttribute('href'))!).headers.subject).toEqual([OVMF]);
});
