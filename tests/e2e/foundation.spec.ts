// Foundation: the extension loads into Chromium, finds every idea on the wiki's ideas page in both
// skins it ships in, and leaves every other wiki page exactly as the wiki served it.
import type { Page } from '@playwright/test';
import {
  OUTREACH_URL,
  OUTREACH_URL_XEN_ORG,
  contentScriptWorld,
  expect,
  test,
  watchPageProblems,
} from './support';

const MAIN_PAGE_URL = 'https://wiki.xenproject.org/wiki/Main_Page';

/** The extension's files the page fetches (the modules the content script imports), by path, once each. */
function watchExtensionFiles(page: Page): Set<string> {
  const files = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:') files.add(url.pathname);
  });
  return files;
}

// A wiki page with headings, a table and prose but no project ideas. No scripts, so the browser's
// DOM of it is exactly what DOMParser makes of the same text.
const MAIN_PAGE_HTML = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr">
<head>
<meta charset="UTF-8"/>
<title>Xen Project Wiki</title>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector"/>
<meta name="generator" content="MediaWiki 1.31.16"/>
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Main_Page rootpage-Main_Page skin-vector action-view">
<div id="content" class="mw-body" role="main">
<h1 id="firstHeading" class="firstHeading" lang="en">Main Page</h1>
<div id="bodyContent" class="mw-body-content">
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
<p>Welcome to the <b>Xen Project Wiki</b>, the community documentation of the Xen Project hypervisor.</p>
<h2><span class="mw-headline" id="Getting_started">Getting started</span></h2>
<p>New to Xen? Read the <a href="/wiki/Xen_Project_Beginners_Guide" title="Xen Project Beginners Guide">Beginners Guide</a>.</p>
<h3><span class="mw-headline" id="Releases">Releases</span></h3>
<table class="wikitable">
<tbody><tr><th>Release</th><th>Date</th><th>Status</th></tr>
<tr><td>Xen 4.19</td><td>July 2024</td><td>Supported</td></tr>
<tr><td>Xen 4.18</td><td>November 2023</td><td>Security support</td></tr>
</tbody></table>
<h2><span class="mw-headline" id="Community">Community</span></h2>
<p><img alt="Xen Project logo" src="/images/4/4b/Xen_project_logo.png" width="120" height="40"/>
Mailing lists, IRC and the <a href="/wiki/Outreach_Program_Projects" title="Outreach Program Projects">outreach program</a>.</p>
</div></div>
</div>
</div>
</body>
</html>`;

for (const { skin, url, fixture } of [
  { skin: 'Vector, MediaWiki 1.31', url: OUTREACH_URL, fixture: 'outreach-vector-mw1.31.html' },
  { skin: 'Vector 2022, MediaWiki 1.44', url: OUTREACH_URL_XEN_ORG, fixture: 'outreach-vector2022-mw1.44.html' },
]) {
  test(`finds all 18 project ideas on the ideas page (${skin})`, async ({ page, wiki }) => {
    wiki.serve(url, fixture);
    const problems = watchPageProblems(page);

    await page.goto(url);

    await expect(page.getByText('Idea Scout found 18 project ideas', { exact: true })).toBeVisible();
    expect(problems.pageErrors).toEqual([]);
  });
}

test('leaves a wiki page without project ideas exactly as served, and loads none of the ideas page\'s code there', async ({ page, wiki, extensionId }) => {
  wiki.serveHtml(MAIN_PAGE_URL, MAIN_PAGE_HTML);
  const problems = watchPageProblems(page);
  const extensionFiles = watchExtensionFiles(page);
  const contentScript = await contentScriptWorld(page, extensionId);

  await page.goto(MAIN_PAGE_URL);
  const world = await contentScript(); // the content script did run on this page...
  // ...and is done: a round trip through the extension's storage (after any request it made) and two idle
  // periods of the page's main thread (after anything those requests' replies started).
  await page.waitForLoadState('load');
  await world.evaluate(`chrome.storage.local.get(null)
    .then(() => new Promise((idle) => requestIdleCallback(idle)))
    .then(() => new Promise((idle) => requestIdleCallback(idle)))`);
  await world.detach();

  const dom = await page.evaluate((served) => {
    const asServed = new DOMParser().parseFromString(served, 'text/html').documentElement.outerHTML;
    return {
      asServed,
      asRendered: document.documentElement.outerHTML,
      shadowHosts: [...document.querySelectorAll('*')].filter((element) => element.shadowRoot).length,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
    };
  }, MAIN_PAGE_HTML);
  expect(dom.asRendered).toBe(dom.asServed);
  expect(dom.shadowHosts).toBe(0);
  expect(dom.adoptedStyleSheets).toBe(0);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect([...extensionFiles]).toEqual([]);
});

test('loads the ideas page\'s code as a module of its own where ideas are, which the wiki cannot fetch', async ({ page, wiki, extensionId }) => {
  wiki.serve(OUTREACH_URL, 'outreach-vector-mw1.31.html');
  const extensionFiles = watchExtensionFiles(page);

  await page.goto(OUTREACH_URL);

  await expect(page.getByText('Idea Scout found 18 project ideas', { exact: true })).toBeVisible();
  expect([...extensionFiles]).toEqual(['/ideas-page.js']);
  // Chrome serves it to the content script under a URL that changes per session: the page cannot tell by fetching
  // it whether Idea Scout is installed.
  const byTheWiki = await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'refused'), `chrome-extension://${extensionId}/ideas-page.js`);
  expect(byTheWiki).toBe('refused');
});
