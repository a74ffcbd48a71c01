// "Since your last visit" in the in-page panel: what is new, changed, removed; comments that appeared or were
// addressed; and "Mark all as seen". Plain data in, callbacks out.
import type { ComponentChildren, TargetedMouseEvent } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate, formatLocalDateTime } from '../lib/review';
import { plural } from '../lib/text';
import { errorMessage } from '../lib/errors';

export interface SinceReport {
  /** When the page was last seen (ISO). */
  since: string;
  added: Array<{ key: string; anchor: string; title: string; where: string }>;
  changed: Array<{ key: string; anchor: string; title: string; labels: string[] }>;
  removed: Array<{ key: string; title: string; where: string }>;
  newComments: Array<{ ideaKey: string; anchor: string; ideaTitle: string; index: number; author: string | null; excerpt: string; edited: boolean }>;
  addressed: Array<{ ideaTitle: string; author: string | null; timestamp: string | null; excerpt: string }>;
}

export type SinceView =
  | { kind: 'loading' }
  | { kind: 'first-visit' }
  | { kind: 'error'; message: string }
  | { kind: 'not-current' }
  | { kind: 'seen'; at: string }
  | { kind: 'compared'; report: SinceReport };

interface Props {
  view: SinceView;
  onOpenIdea: (key: string) => void;
  onOpenComment: (ideaKey: string, index: number) => void;
  onMarkSeen: () => Promise<void>;
}

export function SinceLastVisitPanel({ view, onOpenIdea, onOpenComment, onMarkSeen }: Props) {
  return (
    <section class="since" aria-labelledby="since-heading">
      <h3 id="since-heading">Since your last visit</h3>
      <SinceBody view={view} onOpenIdea={onOpenIdea} onOpenComment={onOpenComment} onMarkSeen={onMarkSeen} />
    </section>
  );
}

function SinceBody({ view, onOpenIdea, onOpenComment, onMarkSeen }: Props) {
  switch (view.kind) {
    case 'loading':
      return <p>Comparing with your last visit…</p>;
    case 'error':
      return <p role="alert">Could not compare with your last visit: {view.message}</p>;
    case 'not-current':
      return <p>This is not the current version of the page (an old revision, a diff or a preview), so it is not compared with your last visit nor recorded as one.</p>;
    case 'first-visit':
      return <p>First visit recorded. From your next visit on, what changed on this page is shown here.</p>;
    case 'seen':
      return <p role="status">All changes marked as seen. New changes will show here from your next visit.</p>;
    case 'compared':
      return <Report report={view.report} onOpenIdea={onOpenIdea} onOpenComment={onOpenComment} onMarkSeen={onMarkSeen} />;
  }
}

function Report({ report, onOpenIdea, onOpenComment, onMarkSeen }: Omit<Props, 'view'> & { report: SinceReport }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const when = localDate(report.since);
  const counts = [
    report.added.length && plural(report.added.length, 'new idea'),
    report.changed.length && plural(report.changed.length, 'changed idea'),
    report.removed.length && plural(report.removed.length, 'removed idea'),
    report.newComments.length && plural(report.newComments.length, 'new review comment'),
    report.addressed.length && `${plural(report.addressed.length, 'review comment')} addressed`,
  ].filter(Boolean);
  if (!counts.length) return <p>Nothing changed since your last visit ({when}).</p>;

  const open = (action: () => void) => (event: TargetedMouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    action();
  };
  const markSeen = async () => {
    setBusy(true);
    setError(null);
    try {
      await onMarkSeen();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <>
      <p class="since-summary">
        Compared with your visit of {when}: {counts.join(' · ')}
      </p>
      <List title="New ideas" what="new ideas" items={report.added}>
        {(idea) => (
          <li key={idea.key}>
            <a href={`#${idea.anchor}`} onClick={open(() => onOpenIdea(idea.key))}>{idea.title}</a> <span class="where">({idea.where})</span>
          </li>
        )}
      </List>
      <List title="Changed ideas" what="changed ideas" items={report.changed}>
        {(idea) => (
          <li key={idea.key}>
            <a href={`#${idea.anchor}`} onClick={open(() => onOpenIdea(idea.key))}>{idea.title}</a>: {idea.labels.join(', ')}
          </li>
        )}
      </List>
      <List title="Removed ideas (no longer on the page)" what="removed ideas" items={report.removed}>
        {(idea) => (
          <li key={idea.key}>
            {idea.title} <span class="where">({idea.where})</span>
          </li>
        )}
      </List>
      <List title="New review comments" what="new review comments" items={report.newComments}>
        {(c) => (
          <li key={`${c.ideaKey}#${c.index}`}>
            <a href={`#${c.anchor}`} onClick={open(() => onOpenComment(c.ideaKey, c.index))}>
              {c.author ?? 'Unsigned'} on {c.ideaTitle}
            </a>
            {c.edited ? ' (edited)' : ''}: <q>{c.excerpt}</q>
          </li>
        )}
      </List>
      <List title="Addressed review comments (deleted from the page)" what="addressed review comments" items={report.addressed}>
        {(c, i) => (
          <li key={i}>
            {c.author ?? 'Unsigned'} on {c.ideaTitle} ({formatDate(c.timestamp)}): <q>{c.excerpt}</q>
          </li>
        )}
      </List>
      <button type="button" onClick={() => void markSeen()} disabled={busy}>
        Mark all as seen
      </button>
      {error && <p role="alert">{error}</p>}
    </>
  );
}

/** Entries of a list shown before "Show all": a page that changed a lot stays quick to show, and to read. */
const FIRST_ENTRIES = 20;

function List<T>({ title, what, items, children: entry }: { title: string; what: string; items: T[]; children: (item: T, index: number) => ComponentChildren }) {
  const [all, setAll] = useState(false);
  if (!items.length) return null;
  const shown = all ? items : items.slice(0, FIRST_ENTRIES);
  return (
    <section class="since-list" aria-label={title}>
      <h4>{title}</h4>
      <ul>{shown.map(entry)}</ul>
      {items.length > FIRST_ENTRIES && (
        <button type="button" class="more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST_ENTRIES} only` : `Show all ${items.length} ${what}`}
        </button>
      )}
    </section>
  );
}

function localDate(iso: string): string {
  return formatLocalDateTime(iso) ?? 'your last visit';
}
