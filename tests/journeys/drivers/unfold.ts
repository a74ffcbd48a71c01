// Unfolding a <details> section by a click on its summary line, as a person does; both drivers, each with its
// own element handles.
import assert from 'node:assert/strict';
import { eventually } from '../eventually';

/** A summary line found in the page, as a driver's element handle offers it. */
export interface SummaryLine {
  isOpen(): Promise<boolean>;
  click(): Promise<void>;
  dispose(): Promise<void>;
}

/** Clicks the summary line `find` gives (found anew on each try: the UI may re-render it) until its section is open. */
export async function unfoldSection(summary: string, find: () => Promise<SummaryLine | null>): Promise<void> {
  await eventually(async () => {
    const line = await find();
    assert.ok(line, `no folded section "${summary}" appeared`);
    try {
      if (!(await line.isOpen())) await line.click();
      assert.ok(await line.isOpen(), `the section "${summary}" did not unfold`);
    } finally {
      await line.dispose();
    }
  });
}
