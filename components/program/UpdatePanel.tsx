// The top of "All ideas pages": what was read and when, "Update from the wiki" with its progress, what went wrong
// (a page that failed is named with its error; with the wiki unreachable the view says what it shows instead),
// and the choice to include archived pages.
import { wikiPageUrl } from '../../lib/page-id';
import { pageIdOfTitle, type Catalogue } from '../../lib/program/catalogue';
import { isArchived, type PageCopy } from '../../lib/program/page-copy';
import { lastReadAt, progressText, readAtText, reportText, statusLine } from '../../lib/program/summary';
import type { UpdateProgress, UpdateReport } from '../../lib/program/update';
import { formatLocalDateTime, plural } from '../../lib/review';

export interface UpdatePanelProps {
  copies: readonly PageCopy[];
  catalogue: Catalogue;
  progress: UpdateProgress | null;
  report: UpdateReport | null;
  onUpdate: () => void;
  includeArchived: boolean;
  onIncludeArchived: (include: boolean) => void;
}

export function UpdatePanel({ copies, catalogue, progress, report, onUpdate, includeArchived, onIncludeArchived }: UpdatePanelProps) {
  const readAt = lastReadAt(copies);
  const failed = copies.filter((copy) => copy.error && (includeArchived || !isArchived(copy.title)));
  const relisted = catalogue.ideas.filter((entry) => entry.alsoOn.length).length;
  return (
    <section class="program-status" aria-labelledby="program-heading">
      <div class="program-status-head">
        <div>
          <h2 id="program-heading">Every ideas page of the wiki</h2>
          {readAt ? (
            <p class="status-line">
              <strong>{statusLine(catalogue)}</strong> <span class="muted">· {readAtText(readAt)}</span>
            </p>
          ) : (
            <p class="status-line">
              Nothing read yet. Idea Scout reads the wiki’s ideas pages only when you ask, through the wiki’s own API.
            </p>
          )}
        </div>
        <button type="button" class="primary" onClick={onUpdate} disabled={progress !== null}>
          Update from the wiki
        </button>
      </div>

      <div class="update-state" aria-live="polite">
        {progress && (
          <div class="update-progress">
            {progress.phase === 'reading' && progress.total > 0 ? (
              <progress max={progress.total} value={progress.done} aria-label="Pages read" />
            ) : (
              <progress aria-label="Pages read" />
            )}
            <span>{progressText(progress)}</span>
          </div>
        )}
        {!progress && report && !report.error && <p class="notice">{reportText(report)}</p>}
      </div>

      {report?.error && (
        <p class="error" role="alert">
          Could not update: {report.error}{' '}
          {readAt ? `Showing what was read on ${formatLocalDateTime(readAt)}.` : 'Nothing was read before, so there is nothing to show yet.'}
        </p>
      )}
      {failed.length > 0 && (
        <div class="error" role="alert">
          <p>{failed.length === 1 ? 'One page could not be read:' : `${failed.length} pages could not be read:`}</p>
          <ul>
            {failed.map((copy) => (
              <li key={copy.pageid}>
                <a href={wikiPageUrl(pageIdOfTitle(copy.title))} target="_blank" rel="noopener noreferrer">
                  {copy.title}
                </a>
                : {copy.error!.message}{' '}
                {copy.readAt ? `Its copy read on ${formatLocalDateTime(copy.readAt)} is shown and counted.` : 'No earlier copy to show.'}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div class="program-options">
        <label>
          <input type="checkbox" checked={includeArchived} onChange={(event) => onIncludeArchived(event.currentTarget.checked)} /> Include archived pages
        </label>
        {catalogue.archivedLeftOut > 0 && <span class="muted">({plural(catalogue.archivedLeftOut, 'archived page')} left out)</span>}
        {relisted > 0 && (
          <span class="muted">
            {plural(relisted, 'idea')} listed on more than one page {relisted === 1 ? 'is' : 'are'} shown once.
          </span>
        )}
      </div>
      {catalogue.pages.length > 0 && <PageList pages={catalogue.pages} />}
    </section>
  );
}

function PageList({ pages }: { pages: readonly PageCopy[] }) {
  return (
    <details class="page-list">
      <summary>The {plural(pages.length, 'page')} read</summary>
      <ul>
        {pages.map((page) => (
          <li key={page.pageid}>
            <a href={wikiPageUrl(pageIdOfTitle(page.title))} target="_blank" rel="noopener noreferrer">
              {page.title}
            </a>{' '}
            <span class="muted">
              · {plural(page.ideas.length, 'idea')} · revision {page.revid}
              {page.readAt && `, read ${formatLocalDateTime(page.readAt)}`}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
