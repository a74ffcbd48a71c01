// The in-page panel's folded sections ("Review", "Since your last visit"): one line each, unfolded by a click on
// their title, as a person does.
import { expect, type Locator } from '@playwright/test';

/** Unfolds a folded section (a region of the panel) unless it is open already (the reader's remembered choice). */
export async function unfold(section: Locator): Promise<void> {
  const details = section.locator('details');
  await expect(async () => {
    if ((await details.getAttribute('open')) === null) await section.locator('summary').click();
    await expect(details).toHaveAttribute('open', '', { timeout: 1000 });
  }).toPass();
}
