// Drafts through the RPC: save, the newer edit wins, history (one version per session and five minutes, the
// last 20 kept, restorable), and storage errors reaching the view.
import { describe, expect, it, vi } from 'vitest';
import { STORAGE_FULL } from '../../entrypoints/background/errors';
import { call, onDataChanged, RpcError } from '../../lib/rpc/client';
import { withBackground } from './helpers/background';
import { OUTREACH_ID } from './helpers/ideas';
import { emulateMessaging } from './helpers/messaging';

const background = withBackground(); // its clock starts at 2025-01-01T00:00:00Z and ticks 1 s per reading

const ID = `${OUTREACH_ID}#pv-grant-table`;
/** An edit time `s` seconds after the test clock's start. */
const at = (s: number) => new Date(Date.UTC(2025, 0, 1) + s * 1000).toISOString();
const save = (text: string, editedAt: string, session = 's1', subjectTag = 'OPW 2014') =>
  call('drafts.save', { pageId: OUTREACH_ID, ideaKey: 'pv-grant-table', title: 'PV grant table improvements', text, subjectTag, editedAt, session });

describe('drafts', () => {
  it('saves and reads back a draft, keyed like its bookmark', async () => {
    const { draft, stale } = await save('Hello', at(1));
    expect(stale).toBe(false);
    expect(draft).toEqual({
      id: ID,
      pageId: OUTREACH_ID,
      ideaKey: 'pv-grant-table',
      title: 'PV grant table improvements',
      text: 'Hello',
      subjectTag: 'OPW 2014',
      createdAt: expect.any(String),
      updatedAt: at(1),
    });
    expect(await call('drafts.get', { id: ID })).toEqual(draft);
    expect(await call('drafts.list')).toEqual([draft]);
  });

  it('tells other views about a saved draft', async () => {
    const changes: string[] = [];
    onDataChanged(['drafts'], ({ table }) => changes.push(table));
    await save('Hello', at(1));
    await vi.waitFor(() => expect(changes).toEqual(['drafts']));
  });

  it('the newer edit wins: an older save comes back stale with the stored text, and its text goes to history', async () => {
    await save('from window B, typed later', at(20), 'B');
    const late = await save('from window A, typed earlier', at(10), 'A');
    expect(late.stale).toBe(true);
    expect(late.draft.text).toBe('from window B, typed later');
    expect((await call('drafts.get', { id: ID }))!.text).toBe('from window B, typed later');
    const history = await call('drafts.versions', { id: ID });
    expect(history.map((v) => v.text).sort()).toEqual(['from window A, typed earlier', 'from window B, typed later']);
  });

  it('keeps one version per editing session, updated by each save', async () => {
    await save('a', at(1));
    await save('ab', at(2));
    await save('abc', at(3));
    const history = await call('drafts.versions', { id: ID });
    expect(history.map((v) => [v.text, v.session])).toEqual([['abc', 's1']]);
    await save('abcd', at(4), 's2');
    expect((await call('drafts.versions', { id: ID })).map((v) => v.text)).toEqual(['abcd', 'abc']); // newest first
  });

  it('starts a new version after five minutes of one session', async () => {
    await save('early', at(1));
    // Age the session's version past the five-minute window (the test clock only ticks a second per reading).
    await background().db.draftVersions.toCollection().modify((v) => {
      v.createdAt = '2024-12-31T23:50:00.000Z';
    });
    await save('late', at(400));
    expect((await call('drafts.versions', { id: ID })).map((v) => [v.text, v.session])).toEqual([
      ['late', 's1'],
      ['early', 's1'],
    ]);
  });

  it('keeps the last 20 versions', async () => {
    for (let i = 1; i <= 25; i++) await save(`text ${i}`, at(i), `session ${i}`);
    const history = await call('drafts.versions', { id: ID });
    expect(history).toHaveLength(20);
    expect(history[0].text).toBe('text 25');
    expect(history.at(-1)!.text).toBe('text 6');
  });

  it('restores an earlier version, keeping the text it replaces', async () => {
    await save('first text', at(1), 's1');
    await save('second text', at(2), 's2');
    const older = (await call('drafts.versions', { id: ID })).find((v) => v.text === 'first text')!;
    const restored = await call('drafts.restore', { id: ID, versionId: older.id, editedAt: at(3) });
    expect(restored.text).toBe('first text');
    expect((await call('drafts.get', { id: ID }))!.text).toBe('first text');
    expect((await call('drafts.versions', { id: ID })).map((v) => v.text)).toEqual(['first text', 'second text', 'first text']);
  });

  it('refuses to restore a version of another draft or one that is gone', async () => {
    await save('x', at(1));
    await expect(call('drafts.restore', { id: ID, versionId: 'nope', editedAt: at(2) })).rejects.toThrow(/no longer exists/);
  });

  it('a full quota reaches the view as a sentence, and nothing is half-written', async () => {
    await save('kept', at(1));
    vi.spyOn(background().db.drafts, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await save('lost?', at(2), 's2').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).message).toBe(STORAGE_FULL);
    vi.restoreAllMocks();
    emulateMessaging();
    expect((await call('drafts.get', { id: ID }))!.text).toBe('kept');
    expect((await call('drafts.versions', { id: ID })).map((v) => v.text)).toEqual(['kept']);
  });

  it('refuses an over-long draft', async () => {
    await expect(save('x'.repeat(200_001), at(1))).rejects.toThrow('Invalid "drafts.save" message: text: must have at most 200000 characters');
  });
});
