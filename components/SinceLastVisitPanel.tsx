// "Since your last visit" in the in-page panel: one line with what changed ("2 new ideas · 1 review comment
// addressed"), which unfolds into what is new, changed, removed, the comments that appeared or were addressed, and
// "Mark all as seen". Plain data in, callbacks out; the lists are built only once unfolded.
import type { ComponentChildren, TargetedMouseEvent } from 'preact';
import { useState } from 'preact/hooks';
import { errorMessage } from '../lib/errors';
import { formatDate, formatLocalDateTime } from '../lib/review';
import { plural } from '../lib/text';
import { Fold } from './Fold';

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
  /** Whether the report's lists are unfolded. */
  open: boolean;
  onToggle: (open: boolean) => void;
  onOpenIdea: (key: string) => void;
  onOpenComment: (ideaKey: string, index: number) => void;
  onMarkSeen: () => Promise<void>;
}

const TITLE = 'Since your last visit';

export function SinceLastVisitPanel({ view, open, onToggle, ...actions }: Props) {
  if (view.kind === 'compared') {
    const counts = reportCounts(view.report);
    const when = localDate(view.report.since);
    if (counts.length) {
      return (
        <Fold class="since" title={TITLE} counts={`(${when}): ${counts.join(' · ')}`} open={open} onToggle={onToggle}>
          {() => <Report report={view.report} {...actions} />}
        </Fold>
      );
    }
    return <Line>Nothing changed since your last visit ({when}).</Line>;
  }
  switch (view.kind) {
    case 'loading':
      return <Line>Comparing with your last visit…</Line>;
    case 'error':
      return <Line role="alert">Could not compare with your last visit: {view.message}</Line>;
    case 'not-current':
      return <Line>This is not the current version of the page (an old revision, a diff or a preview), so it is not compared with your last visit nor recorded as one.</Line>;
    case 'first-visit':
      return <Line>First visit recorded. From your next visit on, what changed on this page is shown here.</Line>;
    case 'seen':
      return <Line role="status">All changes marked as seen. New changes will show here from your next visit.</Line>;
  }
}

/** A state with nothing to unfold: the section's one line. */
function Line({ role, children }: { role?: 'alert' | 'status'; children: ComponentChildren }) {
  return (
    <section class="fold since" aria-label={TITLE}>
      <p class="fold-line" role={role}>
        {children}
      </p>
    </section>
  );
}

function reportCounts(report: SinceReport): string[] {
  return [
    report.added.length && plural(report.added.length, 'new idea'),
    report.changed.length && plural(report.changed.length, 'changed idea'),
    report.removed.length && plural(report.removed.length, 'removed idea'),
    report.newComments.length && plural(report.newComments.length, 'new review comment'),
    report.addressed.length && `${plural(report.addressed.length, 'review comment')} addressed`,
  ].filter((count): count is string => !!count);
}

function Report({ report, onOpenIdea, onOpenComment, onMarkSeen }: Omit<Props, 'view' | 'open' | 'onToggle'> & { report: SinceReport }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
