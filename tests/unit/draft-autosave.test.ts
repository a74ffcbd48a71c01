// The draft editor's saving logic: saved within a second of typing, at once on closing, a synchronous local
// copy that a later page recovers, the newer edit winning between views, and failures shown, never swallowed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftAutosave, reconcileCopies, SAVE_DELAY_MS, type AutosaveDeps, type SaveInput } from '../../lib/draft-autosave';
import { emergencyCopies } from '../../lib/emergency-copy';
import type { Draft } from '../../lib/draft';
import { parseRequest } from '../../lib/rpc/protocol';
import { autosaveDeps } from '../../hooks/use-draft';

/** localStorage as a Map, optionally full. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const REF = { id: 'P#k', pageId: 'P', ideaKey: 'k', title: 'Idea k' };
const TEMPLATE = { text: '# Application: Idea k', subjectTag: 'OPW 2014' };

let storage: MemoryStorage;
let saved: SaveInput[];
let stored: Draft | null;
let clock: number;
let failWith: Error | null;
let sessions: number;

function toDraft(input: SaveInput): Draft {
  return { id: REF.id, pageId: input.pageId, ideaKey: input.ideaKey, title: input.title, text: input.text, subjectTag: input.subjectTag, createdAt: input.editedAt, updatedAt: input.editedAt };
}

/** A background that keeps the newer edit, like entrypoints/background/db/drafts.ts. */
function deps(): AutosaveDeps {
  return {
    async save(input) {
      await Promise.resolve();
      if (failWith) throw failWith;
      // What reaches the background must be a valid "drafts.save" message.
      const parsed = parseRequest({ type: 'drafts.save', ...input });
      if (!parsed.ok) throw new Error(parsed.error);
      saved.push(input);
      if (stored && Date.parse(stored.updatedAt) > Date.parse(input.editedAt)) return { draft: stored, stale: true };
      stored = toDraft(input);
      return { draft: stored, stale: false };
    },
    copies: emergencyCopies(storage),
    now: () => new Date((clock += 10)).toISOString(),
    newSession: () => `session-${++sessions}`,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  saved = [];
  stored = null;
  clock = Date.UTC(2025, 0, 1);
  failWith = null;
  sessions = 0;
});
afterEach(() => vi.useRealTimers());

describe('the real save function', () => {
  it('sends exactly the fields of a "drafts.save" message, whatever else its input holds', async () => {
    const { fakeBrowser } = await import('wxt/testing');
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      sent.push(message);
      return Promise.resolve({ ok: true, value: { draft: null, stale: false } });
    });
    vi.stubGlobal('localStorage', new MemoryStorage());
    const input = { ...REF, text: 't', subjectTag: '', editedAt: '2025-01-01T00:00:00.000Z', session: 's' };
    await autosaveDeps().save(input);
    expect(parseRequest(sent[0])).toMatchObject({ ok: true });
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
});

describe('DraftAutosave', () => {
  it('shows the template until the first keystroke, then saves within a second', async () => {
    const autosave = new DraftAutosave(REF, deps());
    autosave.load(null, TEMPLATE);
    expect(autosave.current).toMatchObject({ text: TEMPLATE.text, subjectTag: 'OPW 2014', state: { kind: 'template' } });
    autosave.edit({ text: 'Hello' });
    expect(autosave.current.state.kind).toBe('saving');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(SAVE_DELAY_MS).toBeLessThan(1000);
    expect(saved.map((s) => s.text)).toEqual(['Hello']);
    expect(autosave.current.state).toEqual({ kind: 'saved' });
  });

  it('steady typing still saves every half second (a throttle, not a debounce)', async () => {
    const autosave = new DraftAutosave(REF, deps());
    autosave.load(null, TEMPLATE);
    for (let i = 1; i <= 10; i++) {
      autosave.edit({ text: 'x'.repeat(i) });
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(saved.length).toBeGreaterThanOrEqual(2);
    expect(saved[0].text.length).toBeLessThan(10);
  });

  it('writes the local copy synchronously on every keystroke and clears it once saved', async () => {
    const autosave = new DraftAutosave(REF, deps());
    autosave.load(null, TEMPLATE);
    autosave.edit({ text: 'Typed' });
    expect(emergencyCopies(storage).read(REF.id)).toMatchObject({ text: 'Typed', subjectTag: 'OPW 2014', title: 'Idea k' });
    await autosave.flush();
    expect(emergencyCopies(storage).read(REF.id)).toBeNull();
  });

  it('closing at once: the local copy holds the text and the next page saves it', async () => {
    const autosave = new DraftAutosave(REF, { ...deps(), save: () => new Promise(() => {}) }); // the page dies mid-save
    autosave.load(null, TEMPLATE);
    autosave.edit({ text: 'Every word counts' });
    void autosave.flush();

    const next = new DraftAutosave(REF, deps());
    next.load(stored, TEMPLATE);
    expect(next.current.text).toBe('Every word counts');
    expect(next.current.notice).toMatch(/Recovered/);
    await vi.runAllTimersAsync();
    expect(stored?.text).toBe('Every word counts');
    expect(emergencyCopies(storage).read(REF.id)).toBeNull();
  });

  it('an extension page that opens saves every leftover copy', async () => {
    emergencyCopies(storage).write({ ...REF, text: 'left over', subjectTag: '', editedAt: '2025-01-01T00:00:01.000Z' });
    expect(await reconcileCopies(deps())).toEqual([]);
    expect(stored?.text).toBe('left over');
    expect(emergencyCopies(storage).all()).toEqual([]);
  });

  it('a local copy older than the stored draft is dropped, not shown', () => {
    emergencyCopies(storage).write({ ...REF, text: 'old', subjectTag: '', editedAt: '2025-01-01T00:00:01.000Z' });
    stored = { ...REF, text: 'newer', subjectTag: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' };
    const autosave = new DraftAutosave(REF, deps());
    autosave.load(stored, TEMPLATE);
    expect(autosave.current.text).toBe('newer');
    expect(emergencyCopies(storage).read(REF.id)).toBeNull();
  });

  it('shows "Not saved" with the reason, keeps the text, and saves on the next try', async () => {
    const autosave = new DraftAutosave(REF, deps());
    autosave.load(null, TEMPLATE);
    failWith = new Error('Browser storage is full, so Idea Scout could not save this.');
    autosave.edit({ text: 'Important' });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(autosave.current.state).toEqual({ kind: 'failed', reason: 'Browser storage is full, so Idea Scout could not save this.' });
    expect(autosave.current.text).toBe('Important');
    expect(emergencyCopies(storage).read(REF.id)?.text).toBe('Important');
    failWith = null;
    await autosave.flush();
    expect(autosave.current.state).toEqual({ kind: 'saved' });
    expect(stored?.text).toBe('Important');
  });

  it('says so when the local copy cannot be written, and still saves', async () => {
    storage.full = true;
    const autosave = new DraftAutosave(REF, deps());
    autosave.load(null, TEMPLATE);
    autosave.edit({ text: 'x' });
    expect(autosave.current.copyError).toMatch(/emergency copy .* could not be written \(The quota has been exceeded\.\)/);
    await autosave.flush();
    expect(autosave.current.state).toEqual({ kind: 'saved' });
  });

  it('two views: the newer edit wins and the other view shows it', async () => {
    const a = new DraftAutosave(REF, deps());
    const b = new DraftAutosave(REF, deps());
    a.load(null, TEMPLATE);
    b.load(null, TEMPLATE);
    a.edit({ text: 'typed in A' });
    await a.flush();
    b.remote(stored);
    expect(b.current.text).toBe('typed in A');
    expect(b.current.notice).toMatch(/another window/);
    b.edit({ text: 'typed in A, then B' });
    await b.flush();
    a.remote(stored);
    expect(a.current.text).toBe('typed in A, then B');
  });

  it('a view with newer unsaved typing keeps it over an older remote change', () => {
    const a = new DraftAutosave(REF, deps());
    a.load(null, TEMPLATE);
    const olderRemote = { ...REF, text: 'remote', subjectTag: '', createdAt: '2024-12-31T00:00:00.000Z', updatedAt: '2024-12-31T00:00:00.000Z' };
    a.edit({ text: 'mine' });
    a.remote(olderRemote);
    expect(a.current.text).toBe('mine');
  });

  it('a stale save shows the stored, newer text and starts a new session', async () => {
    const a = new DraftAutosave(REF, deps());
    a.load(null, TEMPLATE);
    a.edit({ text: 'A, older' });
    stored = { ...REF, text: 'B, newer', subjectTag: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z' };
    const session = a.current.session;
    await a.flush();
    expect(a.current.text).toBe('B, newer');
    expect(a.current.session).not.toBe(session);
    expect(a.current.notice).toMatch(/version history/);
  });
});
