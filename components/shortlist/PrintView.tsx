// The shortlist laid out for paper: ranked, with facts, status and note, no controls.
import { useEffect } from 'preact/hooks';
import type { Bookmark } from '../../lib/bookmark';
import { mailingListText, difficultyText, ideaLink, mentorsText, pageTitle, PROGRESS_LABELS } from '../../lib/shortlist';

export function PrintView({ bookmarks, error }: { bookmarks: Bookmark[] | null; error: string | null }) {
  useEffect(() => {
    document.title = 'Idea Scout shortlist (print)';
  }, []);
  return (
    <main class="print-view">
      <div class="print-toolbar no-print">
        <button type="button" onClick={() => print()}>
          Print
        </button>
      </div>
      <h1>Idea Scout shortlist</h1>
      <p class="muted">Printed {new Date().toLocaleDateString()}</p>
      {error && <p role="alert">{error}</p>}
      {bookmarks && bookmarks.length === 0 && <p>The shortlist is empty.</p>}
      <ol class="print-list">
        {bookmarks?.map((b) => (
          <li key={b.id}>
            <h2>{b.title}</h2>
            {b.missingSince && <p><strong>No longer listed on its page</strong> (since {b.missingSince.slice(0, 10)}).</p>}
            <p class="mono small">{ideaLink(b)}</p>
            <table>
              <tbody>
                <tr><th>Page</th><td>{pageTitle(b.pageId)}</td></tr>
                <tr><th>Difficulty</th><td>{difficultyText(b.idea)}</td></tr>
                <tr><th>Skills</th><td>{b.idea.skills.tags.join(', ') || 'not listed'}</td></tr>
                <tr><th>Mentor</th><td>{mentorsText(b.idea) || 'not named'}</td></tr>
                <tr><th>Mailing list</th><td>{mailingListText(b.idea)}</td></tr>
                <tr><th>Status</th><td>{PROGRESS_LABELS[b.progress]}</td></tr>
                {b.note.trim() && <tr><th>Note</th><td class="pre">{b.note}</td></tr>}
              </tbody>
            </table>
          </li>
        ))}
      </ol>
    </main>
  );
}
