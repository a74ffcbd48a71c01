// What the user sees, as retrying assertions over a Driver: the vocabulary every journey is written in.
import assert from 'node:assert/strict';
import { describeTarget, type Driver, type Target } from './driver';
import { eventually } from './eventually';
import { inPageOrder } from './outreach-page';
import { shortlistTitles } from './ui';

/** Some visible element (page or our UI) shows `text` (a substring, or a RegExp). */
export async function seesText(driver: Driver, text: string | RegExp): Promise<string> {
  return eventually(async () => {
    const found = await driver.textsMatching(text);
    assert.ok(found.length > 0, `expected to see ${String(typeof text === 'string' ? JSON.stringify(text) : text)} in the page`);
    return found[0];
  });
}

/** Exactly `count` visible elements show `text`, e.g. one review badge per idea with comments. */
export async function seesTextTimes(driver: Driver, text: string | RegExp, count: number): Promise<void> {
  await eventually(async () => {
    const found = await driver.textsMatching(text);
    assert.equal(found.length, count, `expected ${String(text)} ${count} times, saw: ${JSON.stringify(found)}`);
  });
}

/** The wiki shows exactly these ideas (in page order) and hides every other. */
export async function seesIdeas(driver: Driver, titles: readonly string[]): Promise<void> {
  await eventually(async () => assert.deepEqual(await driver.visibleIdeaTitles(), inPageOrder(titles)));
}

/** A live region (role="status") says `text`. */
export async function seesStatus(driver: Driver, text: string): Promise<void> {
  await eventually(async () => {
    const statuses = await driver.textsOf({ role: 'status' });
    assert.ok(
      statuses.some((status) => status.includes(text)),
      `expected a status saying ${JSON.stringify(text)}, saw: ${JSON.stringify(statuses)}`,
    );
  });
}

/** A toggle is on (or off), and settled: no change of it is still on its way (a reload now keeps it). */
export async function seesPressed(driver: Driver, target: Target, pressed = true): Promise<void> {
  await eventually(async () => {
    assert.equal(await driver.isPressed(target), pressed, `expected ${describeTarget(target)} to be ${pressed ? 'on' : 'off'}`);
    assert.equal(await driver.isBusy(target), false, `expected ${describeTarget(target)} to have finished saving`);
  });
}

/** A field holds `text` (all of it, anywhere in the field). */
export async function seesValueContaining(driver: Driver, label: string, text: string): Promise<void> {
  await eventually(async () => {
    const value = await driver.valueOf(label);
    assert.ok(value.includes(text), `expected the field "${label}" to hold ${JSON.stringify(text)}, it holds ${JSON.stringify(value)}`);
  });
}

/** A field holds exactly `text`. */
export async function seesValue(driver: Driver, label: string, text: string): Promise<void> {
  await eventually(async () => assert.equal(await driver.valueOf(label), text, `the field "${label}"`));
}

/** The shortlist (dashboard or sidebar) lists exactly these titles, in this order. */
export async function seesShortlist(driver: Driver, titles: readonly string[]): Promise<void> {
  await eventually(async () => assert.deepEqual(await driver.textsOf(shortlistTitles), titles));
}
