// Since your last visit: each load records a snapshot of the page with the background, which answers with the
// snapshot to compare with (baseline rules: lib/visits.ts). New ideas get a badge, changed ideas name what
// changed, removed ideas and addressed comments are listed in the panel, new comments are marked in place
// (review-comments.tsx reads the same state), and "Mark all as seen" resets the baseline. In the panel it is one
// line that unfolds into the lists.
import { fill } from '../../../components/dom';
import { changedIdeaBadge, newIdeaBadge } from '../../../components/heading/visit-badge';
import { SinceLastVisitPanel, type SinceReport, type SinceView } from '../../../components/SinceLastVisitPanel';
import type { PageDiff } from '../../../lib/diff';
import { errorMessage } from '../../../lib/errors';
import { isCurrentView } from '../../../lib/page-id';
import { excerpt } from '../../../lib/review';
import { call } from '../../../lib/rpc/client';
import { commentId, snapshotComment, type SnapshotIdea } from '../../../lib/snapshot';
import type { Feature, IdeasPage } from '../page';
import { scrollToComment, scrollToIdea } from '../page/scroll-to';
import { useFold } from '../page/section-folds';
import { useVisitView, type VisitView } from '../page/visit-state';

export const sinceLastVisit: Feature = {
  name: 'Since your last visit',
  init(page) {
    const state = page.visits;
    if (isCurrentView(location.href)) void recordVisit(page);
    else state.set({ kind: 'not-current' });

    page.headingTools.addWidget({
      id: 'since-last-visit',
      order: 200,
      mount(slot, idea) {
        const show = () => {
          const view = state.get();
          if (view.kind !== 'compared') return fill(slot);
          const change = view.diff.changed.find((c) => c.key === idea.key);
          const isNew = view.diff.added.some((added) => added.key === idea.key);
          fill(slot, isNew ? newIdeaBadge() : change?.fields.length ? changedIdeaBadge(change) : null);
        };
        show();
        return state.subscribe(show);
      },
    });

    page.addPanelSection({
      id: 'since-last-visit',
      order: 300,
      Component: () => {
        const view = useVisitView(state);
        const [open, setOpen] = useFold(page.folds, 'since-last-visit');
        return (
          <SinceLastVisitPanel
            view={sinceView(page, view)}
            open={open}
            onToggle={setOpen}
            onOpenIdea={(key) => scrollToIdea(page, key)}
            onOpenComment={(key, index) => scrollToComment(page, key, index)}
            onMarkSeen={async () => {
              const { seenAt } = await call('visits.markSeen', { pageId: page.pageId, pageUrl: recordedUrl(), snapshot: state.snapshot });
              state.set({ kind: 'seen', at: seenAt });
            }}
          />
        );
      },
    });
  },
};

async function recordVisit(page: IdeasPage) {
  const state = page.visits;
  try {
    const pageId = page.pageId;
    const pageUrl = recordedUrl();
    // A kept scan gives the background the ideas: taking the snapshot and sending it (a few megabytes on a long
    // page, the largest steps of its load) stays off the page's main thread.
    const keptScan = await page.keptScan;
    const fromKept =
      keptScan &&
      (await call('visits.record', { pageId, pageUrl, keptScan }).catch((error: unknown) => {
        console.warn('Idea Scout: the kept scan could not be used for this visit; sending the snapshot', error);
        return null;
      }));
    const { baseline } = fromKept ?? (await call('visits.record', { pageId, pageUrl, snapshot: state.snapshot }));
    if (page.ctx.isInvalid) return;
    state.set(baseline ? { kind: 'compared', since: baseline.takenAt, diff: baseline.diff } : { kind: 'first-visit' });
  } catch (error) {
    state.set({ kind: 'error', message: errorMessage(error) });
  }
}

function sinceView(page: IdeasPage, view: VisitView): SinceView {
  return view.kind === 'compared' ? { kind: 'compared', report: report(page, view.since, view.diff) } : view;
}

/** The diff in the terms the panel shows, with each new comment's place on today's page. */
function report(page: IdeasPage, since: string, diff: PageDiff): SinceReport {
  const where = (idea: SnapshotIdea) => [idea.section, idea.category].filter(Boolean).join(' › ');
  const ideaOf = new Map(page.scan.ideas.map((idea) => [idea.key, idea]));
  const newComments: SinceReport['newComments'] = [];
  const addComments = (key: string, isNew: (id: string) => 'new' | 'edited' | null) => {
    const idea = ideaOf.get(key);
    idea?.comments.forEach((comment, index) => {
      const news = isNew(commentId(snapshotComment(comment)));
      if (news) {
        newComments.push({ ideaKey: key, anchor: idea.anchor, ideaTitle: idea.title, index, author: comment.author, excerpt: excerpt(comment.text), edited: news === 'edited' });
      }
    });
  };
  for (const idea of diff.added) addComments(idea.key, () => 'new');
  for (const change of diff.changed) {
    const added = new Set(change.comments.added.map(commentId));
    const edited = new Set(change.comments.edited.map(({ after }) => commentId(after)));
    addComments(change.key, (id) => (added.has(id) ? 'new' : edited.has(id) ? 'edited' : null));
  }
  return {
    since,
    added: diff.added.map((idea) => ({ key: idea.key, anchor: idea.anchor, title: idea.title, where: where(idea) })),
    changed: diff.changed
      .filter((c) => c.fields.length)
      .map((c) => ({ key: c.key, anchor: c.anchor, title: c.title, labels: c.fields.map((f) => f.label) })),
    removed: diff.removed.map((idea) => ({ key: idea.key, title: idea.title, where: where(idea) })),
    newComments,
    addressed: diff.changed.flatMap((c) =>
      c.comments.addressed.map((comment) => ({ ideaTitle: c.title, author: comment.author, timestamp: comment.timestamp, excerpt: excerpt(comment.text) })),
    ),
  };
}

/** The page's URL as recorded with visits: without the fragment, which only picks a place on the page. */
function recordedUrl(): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}
