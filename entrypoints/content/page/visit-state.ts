// What this load of the page is compared with, shared by the features that show it: the "since your last
// visit" panel section and heading badges, and the review comment marks (which say when a comment is new).
// One small store per page, built by the page; Preact views subscribe with useVisitView.
import { useEffect, useReducer } from 'preact/hooks';
import type { PageDiff } from '../../../lib/diff';
import type { ScannedPage } from '../../../lib/parse/index';
import { commentId, snapshotComment, takeSnapshot, type PageSnapshot } from '../../../lib/snapshot';

export type VisitView =
  | { kind: 'loading' }
  /** Nothing to compare with yet: this visit becomes the baseline of the next. */
  | { kind: 'first-visit' }
  | { kind: 'error'; message: string }
  /** An old revision, a diff or a preview: not the page as it is, so neither recorded nor compared. */
  | { kind: 'not-current' }
  | { kind: 'compared'; since: string; diff: PageDiff }
  /** The person chose "Mark all as seen" on this page. */
  | { kind: 'seen'; at: string };

export interface VisitState {
  /** This load's snapshot, taken on first use: a page read before is recorded from its kept scan, without it. */
  readonly snapshot: PageSnapshot;
  get(): VisitView;
  set(view: VisitView): void;
  subscribe(listener: () => void): () => void;
}

/** The visit state of `scan`'s page: loading until the since-last-visit feature records the visit. */
export function createVisitState(scan: ScannedPage): VisitState {
  let view: VisitView = { kind: 'loading' };
  const listeners = new Set<() => void>();
  let taken: PageSnapshot | undefined;
  return {
    get snapshot() {
      taken ??= takeSnapshot(scan);
      return taken;
    },
    get: () => view,
    set(next) {
      view = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useVisitView(state: VisitState): VisitView {
  const [, bump] = useReducer((n: number, _: void) => n + 1, 0);
  const rerender = () => bump(undefined);
  useEffect(() => {
    const unsubscribe = state.subscribe(rerender);
    rerender(); // the view may have changed between the first render and this subscription
    return unsubscribe;
  }, [state]);
  return state.get();
}

/** How a comment on the page relates to the last visit. */
export type CommentNews = 'new' | 'edited' | null;

export function commentNews(view: VisitView, ideaKey: string, comment: Parameters<typeof snapshotComment>[0]): CommentNews {
  if (view.kind !== 'compared') return null;
  if (view.diff.added.some((idea) => idea.key === ideaKey)) return 'new';
  const change = view.diff.changed.find((c) => c.key === ideaKey);
  if (!change) return null;
  const id = commentId(snapshotComment(comment));
  if (change.comments.added.some((c) => commentId(c) === id)) return 'new';
  if (change.comments.edited.some(({ after }) => commentId(after) === id)) return 'edited';
  return null;
}
