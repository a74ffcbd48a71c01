// One idea on the shortlist: rank, title linking back to its heading on the wiki, the facts that matter,
// progress, note, and the way to its application draft. Everything shown comes from the stored snapshot, so it
// works offline and after the page changed.
import type { TargetedDragEvent, TargetedKeyboardEvent } from 'preact';
import { useState } from 'preact/hooks';
import { PROGRESS, type Bookmark, type Progress } from '../../lib/bookmark';
import { countWords, type Draft } from '../../lib/draft';
import { isMailAddress, mailingListAddress, mailtoLink } from '../../lib/mail';
import { errorMessage } from '../../lib/errors';
import { difficultyText, ideaLink, pageTitle, PROGRESS_LABELS } from '../../lib/shortlist';
import { plural } from '../../lib/text';
import { SyncBadge } from '../sync/SyncBadge';
import { NoteField } from './NoteField';

/** What the person can do to an idea on the shortlist; each resolves once saved and rejects with why not. */
export interface ItemActions {
  setProgress: (id: string, progress: Progress) => Promise<unknown>;
  setNote: (id: string, note: string) => Promise<unknown>;
  /** Off the shortlist; its draft is kept. */
  remove: (bookmark: Bookmark) => Promise<unknown>;
  /** Back under the key and title the idea had before the wiki renamed it. */
  undoRename: (id: string) => Promise<unknown>;
  /** Which renamed idea the bookmark is (one of its renameCandidates), or null: none of them. */
  pickRename: (id: string, ideaKey: string | null) => Promise<unknown>;
}

export interface ItemProps {
  bookmark: Bookmark;
  position: number;
  count: number;
  draft: Draft | undefined;
  selected: boolean;
  actions: ItemActions;
  onSelect: (id: string) => void;
  onMove: (id: string, by: -1 | 1, control: 'up' | 'down' | null) => void;
  drag: {
    onDragStart: (e: TargetedDragEvent<HTMLElement>, id: string) => void;
    onDragOver: (e: TargetedDragEvent<HTMLElement>, id: string) => void;
    onDrop: (e: TargetedDragEvent<HTMLElement>) => void;
    onDragEnd: () => void;
    marker: 'before' | 'after' | null;
    dragging: boolean;
  };
}

/** "6 Dec 2026", as a person reads a date. */
function shortDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function ShortlistItem({ bookmark, position, count, draft, selected, actions, onSelect, onMove, drag }: ItemProps) {
  const { idea, title } = bookmark;
  const [error, setError] = useState<string | null>(null);
  const list = mailingListAddress(idea.mailingList) ?? idea.mailingList;
  const words = draft ? countWords(draft.text) : 0;

  const setProgress = (progress: Progress) => {
    setError(null);
    actions.setProgress(bookmark.id, progress).catch((e: unknown) => setError(errorMessage(e)));
  };

  /** A change whose result arrives as a change of the shortlist; only its failure needs showing here. */
  const answer = (request: Promise<unknown>) => {
    setError(null);
    request.catch((e: unknown) => setError(errorMessage(e)));
  };

  // The draft stays (listed under drafts of ideas no longer on the shortlist); rank, progress and note go.
  const remove = () => {
    if (!confirm(`Remove "${title}" from your shortlist? Its progress and note are removed; its draft is kept.`)) return;
    setError(null);
    actions.remove(bookmark).catch((e: unknown) => setError(errorMessage(e)));
  };

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    const target = e.target as HTMLElement;
    if (target.matches('select, textarea, input')) return; // their own Alt+Arrow keys stay theirs
    e.preventDefault();
    onMove(bookmark.id, e.key === 'ArrowUp' ? -1 : 1, null);
  };

  const classes = ['item', selected && 'selected', drag.dragging && 'dragging', drag.marker && `drop-${drag.marker}`];
  return (
    <li
      class={classes.filter(Boolean).join(' ')}
      data-id={bookmark.id}
      aria-current={selected ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onDragOver={(e) => drag.onDragOver(e, bookmark.id)}
      onDrop={drag.onDrop}
    >
      <div class="item-head">
        <span
          class="handle"
          draggable
          title="Drag to reorder (or use the arrow buttons, or Alt+Up / Alt+Down)"
          aria-hidden="true"
          onDragStart={(e) => drag.onDragStart(e, bookmark.id)}
          onDragEnd={drag.onDragEnd}
        >
          ⠿
        </span>
        <span class="rank" title={`Rank ${position} of ${count}`}>
          {position}
        </span>
        <h3 class="item-title">
          <a href={ideaLink(bookmark)} target="_blank" rel="noopener noreferrer" title="Open the idea on the wiki">
            {title}
          </a>
        </h3>
        <span class="move">
          <button
            type="button"
            class="move-up"
            aria-label={`Move ${title} up`}
            title="Move up (Alt+Up)"
            disabled={position === 1}
            onClick={() => onMove(bookmark.id, -1, 'up')}
          >
            ↑
          </button>
          <button
            type="button"
            class="move-down"
            aria-label={`Move ${title} down`}
            title="Move down (Alt+Down)"
            disabled={position === count}
            onClick={() => onMove(bookmark.id, 1, 'down')}
          >
            ↓
          </button>
        </span>
      </div>

      {bookmark.renamedFrom && (
        <p class="renamed">
          was '{bookmark.renamedFrom.title}' until {shortDate(bookmark.renamedFrom.at)}{' '}
          <button type="button" aria-label={`Undo: back to '${bookmark.renamedFrom.title}'`} onClick={() => answer(actions.undoRename(bookmark.id))}>
            Undo
          </button>
        </p>
      )}

      {bookmark.renameCandidates && bookmark.renameCandidates.length > 0 && (
        <fieldset class="rename-question">
          <legend>The wiki renamed ideas on this page, and more than one could be this one. Which is it now?</legend>
          {bookmark.renameCandidates.map((candidate) => (
            <button type="button" key={candidate.ideaKey} onClick={() => answer(actions.pickRename(bookmark.id, candidate.ideaKey))}>
              It is '{candidate.title}'
            </button>
          ))}
          <button type="button" onClick={() => answer(actions.pickRename(bookmark.id, null))}>
            None of these
          </button>
        </fieldset>
      )}

      {bookmark.missingSince && (
        <p class="missing">
          No longer listed on its page since {bookmark.missingSince.slice(0, 10)}. Shown from the copy saved when you
          bookmarked it.
        </p>
      )}

      <dl class="facts">
        <div>
          <dt>Difficulty</dt>
          <dd>{difficultyText(idea)}</dd>
        </div>
        <div>
          <dt>Skills</dt>
          <dd>{idea.skills.tags.join(', ') || 'not listed'}</dd>
        </div>
        <div>
          <dt>Mentor</dt>
          <dd>
            {idea.contacts.length
              ? idea.contacts.map((c, i) => (
                  <span key={i}>
                    {i > 0 && ', '}
                    {c.email && isMailAddress(c.email) ? <a href={mailtoLink({ to: [c.email] })}>{c.name}</a> : c.name}
                  </span>
                ))
              : 'not named'}
          </dd>
        </div>
        {list && (
          <div class="wide">
            <dt>Mailing list</dt>
            <dd>{list}</dd>
          </div>
        )}
        <div>
          <dt>Page</dt>
          <dd>{pageTitle(bookmark.pageId)}</dd>
        </div>
      </dl>

      <div class="item-controls">
        <label class="progress">
          Progress
          <select value={bookmark.progress} onChange={(e) => setProgress(e.currentTarget.value as Progress)}>
            {PROGRESS.map((p) => (
              <option key={p} value={p}>
                {PROGRESS_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="open-draft" aria-pressed={selected} onClick={() => onSelect(bookmark.id)}>
          {draft ? `Application draft · ${plural(words, 'word')}` : 'Write application'}
        </button>
        <button type="button" class="remove" aria-label={`Remove ${title} from the shortlist`} onClick={remove}>
          Remove
        </button>
      </div>
      <SyncBadge bookmarkId={bookmark.id} hasDraft={Boolean(draft)} />
      <NoteField bookmark={bookmark} onSave={(note) => actions.setNote(bookmark.id, note)} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
