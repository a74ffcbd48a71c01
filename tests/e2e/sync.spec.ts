// Sync in Chromium: what the student is told when sync storage is full. The shared two-browser journey (two
// profiles, storage.sync carried between them) runs with the other journeys, in tests/e2e/journeys.spec.ts.
import { bookmarkThroughRpc, card, IDEAS, openExtensionPage, rpc } from './shortlist-helpers';
import { expect, test } from './support';

test('when sync storage is full, the student is told which ideas stay on this device, and why', async ({ context, extensionId }) => {
  test.setTimeout(120_000); // 33 messages and the sync runs they start, on a busy machine
  const dashboard = await openExtensionPage(context, extensionId);
  // Sixteen ideas: fifteen with notes of 6,600 characters (about 7.1 KB each in sync, give or take 50 bytes of
  // facts: fourteen fit in the 100 KB, fifteen do not), the sixteenth with a note of 9,000 characters, over the
  // 8 KB one item may take.
  const saved = await bookmarkThroughRpc(dashboard, IDEAS.slice(0, 16));
  for (const [i, bookmark] of saved.entries()) {
    await rpc(dashboard, { type: 'shortlist.update', id: bookmark.id, note: `${i + 1} `.padEnd(i === 15 ? 9_000 : 6_600, 'x') });
  }
  const [fifteenth, sixteenth] = [saved[14], saved[15]];

  const messages = dashboard.getByRole('list', { name: 'Sync messages' });
  await expect(messages.getByRole('listitem').first()).toHaveText(
    new RegExp(`^Sync storage has no room for “${escape(fifteenth.title)}”: it stays on this device only \\(\\d+\\.\\d KB of 100\\.0 KB and 15 of 512 items in use\\)\\. Everything else keeps syncing`),
    { timeout: 30_000 },
  );
  await expect(messages.getByRole('listitem').nth(1)).toHaveText(
    new RegExp(`^“${escape(sixteenth.title)}” does not sync: it takes 9,\\d{3} bytes and the browser syncs at most 8,192 bytes per idea\\. Shorten its note to sync it; it is safe on this device\\.$`),
  );
  await expect(card(dashboard, fifteenth.title).getByText('Not synced: sync storage is full')).toBeVisible();
  await expect(card(dashboard, sixteenth.title).getByText('Not synced: too large for sync (shorten the note)')).toBeVisible();
  await expect(card(dashboard, saved[0].title).getByText(/Not synced/)).toHaveCount(0);

  // Shortening the note makes it sync; the message goes away.
  await card(dashboard, sixteenth.title).getByLabel('Note').fill('Short now.');
  await expect(card(dashboard, sixteenth.title).getByText(/Not synced: too large/)).toHaveCount(0, { timeout: 30_000 });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
