// The application draft of one idea: a plain-text (Markdown) editor that saves itself, shows whether it is
// saved, counts words, keeps a version history, copies and downloads as Markdown, and writes the first mail to
// the mentor with the list in CC and the subject tag the page asks for.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Bookmark } from '../../lib/bookmark';
import { countWords, DRAFT_TEXT_MAX } from '../../lib/draft';
import type { AutosaveView, SaveState } from '../../lib/draft-autosave';
import { draftFileName } from '../../lib/draft-template';
import { errorMessage } from '../../lib/errors';
import { mailingListAddress, mailSubject, mailtoLink } from '../../lib/mail';
import { ideaLink } from '../../lib/shortlist';
import { plural } from '../../lib/text';
import { downloadFile } from '../shortlist/download';

function stateText(state: SaveState): string {
  switch (state.kind) {
    case 'template':
      return 'Template: saved as soon as you type';
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${state.reason}`;
  }
}

export interface DraftEditorProps {
  title: string;
  /** The idea's bookmark, for its mentors, list and link (a draft of an idea no longer shortlisted has none). */
  bookmark?: Bookmark;
  view: AutosaveView;
  /** False until the stored draft has been read: the editor offers no box that could overwrite it. */
  loaded: boolean;
  loadError: string | null;
  onEdit: (change: { text?: string; subjectTag?: string }) => void;
  /** Save now; resolves when saved (or when saving failed, which `view` then shows). */
  onSaveNow: () => Promise<void>;
  onClose?: () => void;
  /** The version history below the editor. */
  history: ComponentChildren;
}

export function DraftEditor({ title, bookmark, view, loaded, loadError, onEdit, onSaveNow, onClose, history }: DraftEditorProps) {
  const [feedback, setFeedback] = useState<{ text: string; error: boolean } | null>(null);
  const words = countWords(view.text);
  const idea = bookmark?.idea;
  const mentors = idea?.contacts.flatMap((c) => (c.email ? [c.email] : [])) ?? [];
  const list = mailingListAddress(idea?.mailingList);
  const subject = mailSubject(view.subjectTag, title);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(view.text);
      setFeedback({ text: 'Copied the draft as Markdown.', error: false });
    } catch (error) {
      setFeedback({ text: `Could not copy: ${errorMessage(error)}`, error: true });
    }
  };

  return (
    <article class="draft-editor" aria-labelledby="draft-heading">
      <header class="draft-header">
        {onClose && (
          <button type="button" class="back" onClick={onClose}>
            ← Back to shortlist
          </button>
        )}
        <h2 id="draft-heading">{title}</h2>
        {bookmark && (
          <a class="muted" href={ideaLink(bookmark)} target="_blank" rel="noopener noreferrer">
            The idea on the wiki
          </a>
        )}
      </header>

      {loadError && (
        <p class="error" role="alert">
          Could not open the draft: {loadError}
        </p>
      )}

      <div class="mail-row">
        <label class="subject-tag">
          Subject tag
          <input
            type="text"
            value={view.subjectTag}
            maxLength={200}
            placeholder="e.g. GSoC 2025"
            disabled={!loaded}
            onInput={(e) => onEdit({ subjectTag: e.currentTarget.value })}
          />
        </label>
        {mentors.length ? (
          <a class="button" href={mailtoLink({ to: mentors, cc: list ? [list] : [], subject })}>
            Email the mentor
          </a>
        ) : (
          <span class="muted">No mentor e-mail on the page.</span>
        )}
      </div>
      <p class="muted mail-details">
        Subject: <span class="mono">{subject}</span>
        {list && (
          <>
            {' '}
            · CC <span class="mono">{list}</span>
          </>
        )}
        {!view.subjectTag && ' · The page names no subject tag; add one if your program asks for it.'}
      </p>

      <label class="draft-label" for="draft-text">
        Application draft
      </label>
      <textarea
        id="draft-text"
        class="draft-text"
        value={view.text}
        maxLength={DRAFT_TEXT_MAX}
        spellcheck
        disabled={!loaded}
        onInput={(e) => onEdit({ text: e.currentTarget.value })}
      />

      <div class="draft-status">
        <span role="status" class={`save-state ${view.state.kind}`} data-testid="save-state">
          {loaded ? stateText(view.state) : 'Loading…'}
        </span>
        <span class="word-count">
          {plural(words, 'word')}
        </span>
        {view.state.kind === 'failed' && (
          <button type="button" onClick={() => void onSaveNow()}>
            Try again
          </button>
        )}
      </div>
      {view.copyError && (
        <p class="error" role="alert">
          {view.copyError}
        </p>
      )}
      {view.notice && <p class="notice">{view.notice}</p>}

      <div class="draft-actions">
        <button type="button" onClick={() => void copy()}>
          Copy as Markdown
        </button>
        <button type="button" onClick={() => downloadFile(draftFileName(title), view.text, 'text/markdown;charset=utf-8')}>
          Download as Markdown
        </button>
      </div>
      {feedback && (
        <p class={feedback.error ? 'error' : 'notice'} role={feedback.error ? 'alert' : 'status'}>
          {feedback.text}
        </p>
      )}

      {history}
    </article>
  );
}
