// The saving logic of one open draft, kept apart from the view so tests can drive it with fake timers.
//  - Each edit is copied synchronously to localStorage (emergency-copy.ts) and saved through the background
//    within SAVE_DELAY_MS (a throttle, not a debounce: steady typing still saves every half second).
//  - flush() saves at once: on closing (pagehide / visibilitychange) and when the view goes away.
//  - The newer edit wins: a save older than what is stored comes back `stale` and the view shows the stored
//    text; a change made in another view is shown unless this view holds a newer edit.
//  - Every failure is shown as "Not saved: <reason>", and the text stays in the editor and the local copy.
import type { Draft } from './draft';
import { isAfter } from './time';
import type { EmergencyCopies } from './emergency-copy';
import { errorMessage } from './errors';

export const SAVE_DELAY_MS = 500;

export interface DraftRef {
  id: string;
  pageId: string;
  ideaKey: string;
  title: string;
}

export type SaveInput = Omit<DraftRef, 'id'> & { text: string; subjectTag: string; editedAt: string; session: string };

export type SaveState =
  /** Nothing typed yet: the template shown is not stored. */
  | { kind: 'template' }
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string };

export interface AutosaveView {
  text: string;
  subjectTag: string;
  state: SaveState;
  /** Something the person should know that is not an error (e.g. another window's text is shown). */
  notice: string | null;
  /** The local emergency copy could not be written (saving may still work). */
  copyError: string | null;
  /** The session this view's saves belong to (changes when the text is replaced from outside). */
  session: string;
}

export interface AutosaveDeps {
  save(input: SaveInput): Promise<{ draft: Draft; stale: boolean }>;
  copies: EmergencyCopies;
  now(): string;
  newSession(): string;
}

export class DraftAutosave {
  private view: AutosaveView;
  /** Time of the last local edit not yet confirmed by the background; null when all is saved. */
  private unsavedSince: string | null = null;
  private lastEditAt: string | null = null;
  /** updatedAt of the stored draft this view shows or last saved. */
  private storedAt: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private listeners = new Set<(view: AutosaveView) => void>();
  private disposed = false;

  constructor(
    readonly ref: DraftRef,
    private readonly deps: AutosaveDeps,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {
    this.view = { text: '', subjectTag: '', state: { kind: 'template' }, notice: null, copyError: null, session: deps.newSession() };
  }

  get current(): AutosaveView {
    return this.view;
  }

  subscribe(listener: (view: AutosaveView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Show the stored draft, or the template when there is none, unless the local copy holds a newer edit (the
   * page closed before its save went through): then show that and save it now.
   */
  load(stored: Draft | null, template: { text: string; subjectTag: string }): void {
    const copy = this.deps.copies.read(this.ref.id);
    if (copy && (!stored || isAfter(copy.editedAt, stored.updatedAt))) {
      this.storedAt = stored?.updatedAt ?? null;
      this.unsavedSince = this.lastEditAt = copy.editedAt;
      this.set({ text: copy.text, subjectTag: copy.subjectTag, notice: 'Recovered text typed just before the page closed.' });
      void this.flush();
      return;
    }
    if (copy && stored) this.deps.copies.clearUpTo(this.ref.id, stored.updatedAt);
    this.storedAt = stored?.updatedAt ?? null;
    this.set(
      stored
        ? { text: stored.text, subjectTag: stored.subjectTag, state: { kind: 'saved' } }
        : { text: template.text, subjectTag: template.subjectTag, state: { kind: 'template' } },
    );
  }

  /** The person typed. */
  edit(change: { text?: string; subjectTag?: string }): void {
    const editedAt = this.deps.now();
    this.lastEditAt = editedAt;
    this.unsavedSince ??= editedAt;
    const next = { text: change.text ?? this.view.text, subjectTag: change.subjectTag ?? this.view.subjectTag };
    let copyError: string | null = null;
    try {
      this.deps.copies.write({ ...this.ref, ...next, editedAt });
    } catch (error) {
      copyError = `The emergency copy in this browser could not be written (${errorMessage(error)}).`;
    }
    this.set({ ...next, copyError, notice: null, state: this.view.state.kind === 'failed' ? this.view.state : { kind: 'saving' } });
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  /** Save now whatever is unsaved; resolves when the background has answered (or failed). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight) await this.inFlight;
    if (this.unsavedSince === null || this.disposed) return;
    this.inFlight = this.send().finally(() => (this.inFlight = null));
    await this.inFlight;
  }

  /** Another view (or an import) changed the stored draft. */
  remote(draft: Draft | null): void {
    if (!draft || this.disposed) return;
    const mine = this.lastEditAt ?? this.storedAt;
    if (mine && !isAfter(draft.updatedAt, mine)) return; // this view's text is as new or newer
    if (this.unsavedSince !== null) return; // typed here after that change: this view's save will win
    this.show(draft, 'Updated with the text saved in another window.');
  }

  /** Stop saving (after a final flush by the caller). */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
  }

  private async send(): Promise<void> {
    const editedAt = this.lastEditAt!;
    const { text, subjectTag, session } = this.view;
    this.set({ state: { kind: 'saving' } });
    try {
      const { pageId, ideaKey, title } = this.ref;
      const { draft, stale } = await this.deps.save({ pageId, ideaKey, title, text, subjectTag, editedAt, session });
      if (stale) {
        // The background kept this text in the draft's history, so showing the newer one loses nothing.
        this.unsavedSince = null;
        this.deps.copies.clearUpTo(this.ref.id, editedAt);
        this.show(draft, 'Another window saved a newer text, shown here. Yours is in the version history.');
        return;
      }
      this.storedAt = draft.updatedAt;
      this.deps.copies.clearUpTo(this.ref.id, editedAt);
      if (this.lastEditAt === editedAt) {
        this.unsavedSince = null;
        this.set({ state: { kind: 'saved' } });
      } else {
        // Typed while saving: keep going.
        this.unsavedSince = this.lastEditAt;
        this.timer ??= setTimeout(() => {
          this.timer = null;
          void this.flush();
        }, this.delayMs);
      }
    } catch (error) {
      this.set({ state: { kind: 'failed', reason: errorMessage(error) } });
    }
  }

  /** Show a stored draft in place of this view's text (after a restore, another view's save, …). */
  show(draft: Draft, notice: string | null): void {
    this.deps.copies.clearUpTo(this.ref.id, draft.updatedAt);
    this.storedAt = draft.updatedAt;
    this.lastEditAt = null;
    this.unsavedSince = null;
    // A new session: this view's next edits start a new version instead of overwriting its old one.
    this.set({ text: draft.text, subjectTag: draft.subjectTag, state: { kind: 'saved' }, notice, session: this.deps.newSession() });
  }

  private set(change: Partial<AutosaveView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener(this.view);
  }
}

/** Save every emergency copy the background may not have (run when an extension page opens). */
export async function reconcileCopies(deps: Pick<AutosaveDeps, 'save' | 'copies' | 'newSession'>): Promise<string[]> {
  const problems: string[] = [];
  for (const copy of deps.copies.all()) {
    try {
      const { id: _id, ...saved } = copy;
      const { draft } = await deps.save({ ...saved, session: deps.newSession() });
      deps.copies.clearUpTo(copy.id, draft.updatedAt);
      // A stale reply means the stored draft is newer; the background kept this text in history.
      deps.copies.clearUpTo(copy.id, copy.editedAt);
    } catch (error) {
      problems.push(`Could not save the recovered text of "${copy.title}": ${errorMessage(error)}`);
    }
  }
  return problems;
}
