// The shortlist with its application drafts: the same view as a full page (dashboard.html, two columns) and
// as the browser's side panel / sidebar (one column; a draft replaces the list while it is open).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Draft } from '../../lib/draft';
import { DraftEditor } from '../drafts/DraftEditor';
import { reconcileCopies } from '../drafts/autosave';
import { autosaveDeps } from '../drafts/use-draft';
import { SyncSetting } from '../sync/SyncSetting';
import { SyncStatusContext, useSyncStatus } from '../sync/use-sync-status';
import { ReviewQueueSlot } from './ReviewQueueSlot';
import { ShortlistList } from './ShortlistList';
import { TransferBar } from './TransferBar';
import { useShortlist } from './use-shortlist';
import './shortlist.css';

type Layout = 'page' | 'panel';

function ideaFromHash(): string | null {
  const match = /^#idea=(.+)$/.exec(location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** Ask the browser not to evict our data under storage pressure; reports what it granted. */
function usePersistentStorage(): string | null {
  const [state, setState] = useState<string | null>(null);
  useEffect(() => {
    if (!navigator.storage?.persist) return;
    navigator.storage.persist().then(
      (granted) => setState(granted ? 'Storage is persistent: the browser will not clear it to free space.' : 'The browser did not grant persistent storage; it may clear data when disk space runs low. Export now and then.'),
      () => setState(null),
    );
  }, []);
  return state;
}

/** Save drafts whose last keystrokes only reached the local emergency copy (a page closed mid-save). */
function useRecoveredCopies(): string[] {
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    void reconcileCopies(autosaveDeps()).then(setProblems);
  }, []);
  return problems;
}

export function ShortlistApp({ layout }: { layout: Layout }) {
  const { bookmarks, drafts, error, setBookmarks } = useShortlist();
  const [selectedId, setSelectedId] = useState<string | null>(ideaFromHash);
  const persistence = usePersistentStorage();
  const recoveryProblems = useRecoveredCopies();
  const sync = useSyncStatus();

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

  const problems = [error, ...recoveryProblems].filter(Boolean);
  const editor = draftRef && (
    <DraftEditor key={draftRef.id} draftRef={draftRef} bookmark={selectedBookmark} onClose={layout === 'panel' ? () => select(null) : undefined} />
  );

  const list = (
    <section class="list-column" aria-labelledby="shortlist-heading">
      <h2 id="shortlist-heading">
        Shortlist {bookmarks && <span class="count">({bookmarks.length})</span>}
      </h2>
      {bookmarks === null && !error && <p class="muted">Loading…</p>}
      {bookmarks?.length === 0 && <EmptyShortlist />}
      {bookmarks && bookmarks.length > 0 && (
        <SyncStatusContext.Provider value={sync.status}>
          <ShortlistList bookmarks={bookmarks} drafts={draftsById} selectedId={selectedId} onSelect={select} onLocalOrder={setBookmarks} />
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
        <TransferBar compact={layout === 'panel'} />
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
      {(layout === 'page' || !editor) && <ReviewQueueSlot />}
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
