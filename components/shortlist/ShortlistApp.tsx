// The shortlist with its application drafts: the same view as a full page (dashboard.html, two columns) and
// as the browser's side panel / sidebar (one column; a draft replaces the list while it is open).
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Bookmark } from '../../lib/bookmark';
import type { Draft } from '../../lib/draft';
import type { DraftRef } from '../../lib/draft-autosave';
import { ShortlistList, type ListActions } from './ShortlistList';
import { TransferBar, type TransferActions } from './TransferBar';
import { SyncSetting, type SyncState } from '../sync/SyncSetting';
import { SyncStatusContext } from '../sync/sync-context';
import './shortlist.css';

type Layout = 'page' | 'panel';

export interface ShortlistAppProps {
  layout: Layout;
  /** Null until the first read answers. */
  bookmarks: Bookmark[] | null;
  drafts: Draft[];
  /** Problems to show above everything (a failed read, a recovered text that could not be saved). */
  problems: readonly string[];
  /** What the browser said about keeping our storage, shown in the page's footer. */
  persistence: string | null;
  actions: ListActions & TransferActions;
  /** Sync's status and setting. */
  sync: SyncState;
  /** Show an order before the background confirms it. */
  onLocalOrder: (bookmarks: Bookmark[]) => void;
  /** The editor of the selected idea's draft; `onClose` is given in the panel, where it replaces the list. */
  renderDraft: (draft: DraftRef, bookmark: Bookmark | undefined, onClose: (() => void) | undefined) => ComponentChildren;
  reviewQueue: ComponentChildren;
  /** What is stored in this browser (the full page only). */
  storage: ComponentChildren;
}

function ideaFromHash(): string | null {
  const match = /^#idea=(.+)$/.exec(location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function ShortlistApp({ layout, bookmarks, drafts, problems, persistence, actions, sync, onLocalOrder, renderDraft, reviewQueue, storage }: ShortlistAppProps) {
  const [selectedId, setSelectedId] = useState<string | null>(ideaFromHash);

  useEffect(() => {
    const onHash = () => setSelectedId(ideaFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const select = (id: string | null) => {
    setSelectedId(id);
    history.replaceState(null, '', id ? `#idea=${encodeURIComponent(id)}` : location.pathname + location.search);
    // On a narrow page the editor sits below the list: bring it into view.
    if (id && layout === 'page' && matchMedia('(max-width: 900px)').matches) {
      requestAnimationFrame(() => document.querySelector('.editor-column')?.scrollIntoView({ block: 'start' }));
    }
  };

  const draftsById = useMemo(() => new Map(drafts.map((d) => [d.id, d])), [drafts]);
  const bookmarkIds = new Set(bookmarks?.map((b) => b.id));
  const orphanDrafts = drafts.filter((d) => !bookmarkIds.has(d.id));
  const selectedBookmark = bookmarks?.find((b) => b.id === selectedId);
  const selectedDraft = selectedId ? draftsById.get(selectedId) : undefined;
  const draftRef = selectedBookmark
    ? { id: selectedBookmark.id, pageId: selectedBookmark.pageId, ideaKey: selectedBookmark.ideaKey, title: selectedBookmark.title }
    : selectedDraft
      ? { id: selectedDraft.id, pageId: selectedDraft.pageId, ideaKey: selectedDraft.ideaKey, title: selectedDraft.title }
      : null;

  // Keyed: another idea's draft is a new editor, not this one refilled.
  const editor = draftRef && <Fragment key={draftRef.id}>{renderDraft(draftRef, selectedBookmark, layout === 'panel' ? () => select(null) : undefined)}</Fragment>;

  const list = (
    <section class="list-column" aria-labelledby="shortlist-heading">
      <h2 id="shortlist-heading">
        Shortlist {bookmarks && <span class="count">({bookmarks.length})</span>}
      </h2>
      {bookmarks === null && problems.length === 0 && <p class="muted">Loading…</p>}
      {bookmarks?.length === 0 && <EmptyShortlist />}
      {bookmarks && bookmarks.length > 0 && (
        <SyncStatusContext.Provider value={sync.status}>
          <ShortlistList bookmarks={bookmarks} drafts={draftsById} selectedId={selectedId} actions={actions} onSelect={select} onLocalOrder={onLocalOrder} />
        </SyncStatusContext.Provider>
      )}
      {orphanDrafts.length > 0 && <OrphanDrafts drafts={orphanDrafts} onSelect={select} />}
    </section>
  );

  return (
    <div class={`app ${layout}`}>
      <header class="app-header">
        <h1>
          Idea Scout <span class="subtitle">shortlist</span>
        </h1>
        {layout === 'panel' && (
          <a class="muted" href="/dashboard.html" target="_blank">
            Open in a tab
          </a>
        )}
        <TransferBar actions={actions} compact={layout === 'panel'} />
      </header>
      <SyncSetting state={sync} />
      {problems.map((problem) => (
        <p class="error" role="alert" key={problem}>
          {problem}
        </p>
      ))}
      {layout === 'panel' ? (
        editor ?? list
      ) : (
        <main class="columns">
          {list}
          <section class="editor-column" aria-label="Draft editor">
            {editor ?? (
              <div class="editor-empty">
                <h2>Application drafts</h2>
                <p class="muted">Choose “Write application” on an idea to start its draft from a template that follows the wiki’s advice to applicants.</p>
              </div>
            )}
          </section>
        </main>
      )}
      {(layout === 'page' || !editor) && reviewQueue}
      {layout === 'page' && storage}
      {layout === 'page' && persistence && <footer class="app-footer muted">{persistence}</footer>}
    </div>
  );
}

function EmptyShortlist() {
  return (
    <div class="empty">
      <p>Nothing on the shortlist yet.</p>
      <p class="muted">
        Open an ideas page such as{' '}
        <a href="https://wiki.xenproject.org/wiki/Outreach_Program_Projects" target="_blank" rel="noopener noreferrer">
          Outreach Program Projects
        </a>{' '}
        and bookmark the ideas you like; or import a JSON export.
      </p>
    </div>
  );
}

function OrphanDrafts({ drafts, onSelect }: { drafts: Draft[]; onSelect: (id: string) => void }) {
  return (
    <section class="orphans" aria-labelledby="orphans-heading">
      <h3 id="orphans-heading">Drafts of ideas no longer on the shortlist</h3>
      <ul>
        {drafts.map((d) => (
          <li key={d.id}>
            <button type="button" class="link" onClick={() => onSelect(d.id)}>
              {d.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
