// The extension pages follow the reader's colour scheme: dark when the system is dark, light otherwise, with
// WCAG AA contrast in both (axe-core's colour-contrast rule is among the serious ones). Paper stays light.
import type { Page } from '@playwright/test';
import { expect, OUTREACH_URL, seriousViolations, test } from './support';
import { bookmarkThroughRpc, card, CPUID, openExtensionPage, OVMF } from './shortlist-helpers';

const COLOURS = {
  light: { background: 'rgb(246, 247, 249)', text: 'rgb(31, 35, 40)', card: 'rgb(255, 255, 255)' },
  dark: { background: 'rgb(13, 17, 23)', text: 'rgb(230, 237, 243)', card: 'rgb(22, 27, 34)' },
};

const colours = (page: Page, cardSelector: string) =>
  page.evaluate((selector) => {
    const body = getComputedStyle(document.body);
    return { background: body.backgroundColor, text: body.color, card: getComputedStyle(document.querySelector(selector)!).backgroundColor };
  }, cardSelector);

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the dashboard with a draft, its history and the review queue, the side panel, the popup, the print view and all ideas pages`, async ({
    context,
    page,
    wiki,
    extensionId,
  }) => {
    // A visit, so the review queue lists the page's open review comments.
    wiki.serve(OUTREACH_URL, 'outreach-vector-mw1.31.html');
    await page.goto(OUTREACH_URL);
    await expect(page.getByRole('button', { name: `Bookmark ${OVMF.title}` })).toBeVisible();

    const dashboard = await openExtensionPage(context, extensionId);
    await dashboard.emulateMedia({ colorScheme: scheme });
    const [ovmf] = await bookmarkThroughRpc(dashboard, [OVMF, CPUID]);
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#idea=${encodeURIComponent(ovmf.id)}`);
    await dashboard.getByRole('textbox', { name: 'Application draft' }).fill('About me: I build firmware.');
    await expect(dashboard.getByTestId('save-state')).toHaveText('Saved');
    await dashboard.getByText('Version history').click();
    await expect(dashboard.getByRole('list', { name: 'Earlier versions' })).toBeVisible();
    await expect(dashboard.getByRole('region', { name: 'Review: Outreach Program Projects' }).getByRole('listitem').first()).toBeVisible();
    expect(await colours(dashboard, '.item')).toEqual(COLOURS[scheme]);
    expect(await seriousViolations(dashboard)).toEqual([]);

    await dashboard.getByRole('tab', { name: 'All ideas pages' }).click();
    await expect(dashboard.getByRole('button', { name: 'Update from the wiki' })).toBeVisible();
    expect(await seriousViolations(dashboard)).toEqual([]);

    const panel = await openExtensionPage(context, extensionId, 'sidepanel.html');
    await panel.emulateMedia({ colorScheme: scheme });
    await expect(card(panel, OVMF.title)).toBeVisible();
    expect(await colours(panel, '.item')).toEqual(COLOURS[scheme]);
    expect(await seriousViolations(panel)).toEqual([]);

    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByText('2 ideas on your shortlist.')).toBeVisible();
    expect(await popup.evaluate(() => getComputedStyle(document.body).color)).toBe(COLOURS[scheme].text);
    expect(await seriousViolations(popup)).toEqual([]);

    const print = await openExtensionPage(context, extensionId, 'dashboard.html?view=print');
    await print.emulateMedia({ colorScheme: scheme });
    await expect(print.getByRole('heading', { name: OVMF.title })).toBeVisible();
    expect(await colours(print, '.print-view')).toEqual(COLOURS[scheme]);
    expect(await seriousViolations(print)).toEqual([]);
    // On paper: dark text on white, whatever the screen's scheme.
    await print.emulateMedia({ media: 'print', colorScheme: scheme });
    expect(await colours(print, '.print-view')).toEqual({ ...COLOURS.light, background: 'rgb(255, 255, 255)' });
  });
}
