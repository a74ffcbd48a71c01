// "All ideas pages": every ideas page of the wiki in one view. For students, the same search and filters as in the
// page over all of them, each result naming its page, bookmarked into the same shortlist; for mentors and admins,
// the review queue of the whole program, the ideas to confirm with their mentors, and an export for the records.
import Fuse from 'fuse.js/min-basic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FilterStore } from '../../lib/filter-store';
import { isFiltering, type FilterState } from '../../lib/filter';
import type { Catalogue, ProgramIdea } from '../../lib/program/catalogue';
import type { ProgramData } from '../../lib/program/derive';
import { programCsv, programMarkdown } from '../../lib/program/export';
import type { PageCopy } from '../../lib/program/page-copy';
import { statusLine } from '../../lib/program/summary';
import type { SearchIndex } from '../../lib/search';
import type { Idea } from '../../lib/idea';
import { FilterPanel } from '../filters/FilterPanel';
import { useStore } from '../filters/use-store';
import { dateStamp } from '../../lib/export/file';
import { downloadFile } from '../shortlist/download';
import { CheckInList } from './CheckInList';
import { ProgramResults } from './ProgramResults';
import { ProgramReview } from './ProgramReview';
import { UpdatePanel, type UpdatePanelProps } from './UpdatePanel';
import { useDerivedProgram, useInLaterTask, useSearchIndex } from './use-derived';
import './program.css';

export interface ProgramViewProps extends Pick<UpdatePanelProps, 'progress' | 'report' | 'onUpdate'> {
  /** Null while the stored copies are being read. */
  copies: readonly PageCopy[] | null;
  error: string | null;
  bookmarked: ReadonlySet<string>;
  onBookmark: (pageId: string, idea: Idea, bookmarked: boolean) => void;
  /** Now, for ages and "not verified for over a year" (given, so tests and screenshots are stable). */
  now?: Date;
}

export function ProgramView({ copies, error, progress, report, onUpdate, bookmarked, onBookmark, now: givenNow }: ProgramViewProps) {
  const [includeArchived, setIncludeArchived] = useState(false);
  const [now] = useState(() => givenNow ?? new Date());
  const data = useDerivedProgram(copies, includeArchived, now);
  // The mentors' column is rendered a task after the students' one: the view's first render, and each catch-up
  // during an update, are two tasks of the main thread rather than one long one.
  const mentorData = useInLaterTask(data);
  const catalogue = data?.catalogue ?? null;
  const ideas = catalogue?.ideas ?? NO_IDEAS;
  const searchIdeas = data?.searchIdeas ?? NO_SEARCH_IDEAS;
  const store = useFilterStore(searchIdeas, useSearchIndex(searchIdeas), bookmarked);
  const byId = useMemo(() => new Map(ideas.map((entry) => [entry.id, entry])), [ideas]);
  const bookmark = useCallback((entry: ProgramIdea, on: boolean) => onBookmark(entry.pageId, entry.idea, on), [onBookmark]);
  // The columns are rendered again only when their own inputs change, not on every progress step of an update
  // (an element kept from the last render is not compared again).
  const findIdeas = useMemo(
    () => <FindIdeas store={store} ideas={ideas} byId={byId} bookmarked={bookmarked} onBookmark={bookmark} />,
    [store, ideas, byId, bookmarked, bookmark],
  );
  const mentorTools = useMemo(
    () => (mentorData ? <MentorTools data={mentorData} store={store} byId={byId} now={now} /> : <section class="program-mentors" aria-busy="true" />),
    [mentorData, store, byId, now],
  );

  return (
    <main class="program">
      <header class="app-header">
        <h1>
          Idea Scout <span class="subtitle">all ideas pages</span>
        </h1>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {(copies === null || (copies.length > 0 && !data)) && !error && <p class="muted">Loading…</p>}
      {copies && (!copies.length || data) && (
        <>
          <UpdatePanel
            copies={copies}
            catalogue={catalogue ?? EMPTY_CATALOGUE}
            progress={progress}
            report={report}
            onUpdate={onUpdate}
            includeArchived={includeArchived}
            onIncludeArchived={setIncludeArchived}
          />
          {data && ideas.length > 0 && (
            <div class="program-columns">
              {findIdeas}
              {mentorTools}
            </div>
          )}
        </>
      )}
    </main>
  );
}

const NO_IDEAS: ProgramIdea[] = [];
const NO_SEARCH_IDEAS: Idea[] = [];
const EMPTY_CATALOGUE: Catalogue = { pages: [], archivedLeftOut: 0, ideas: NO_IDEAS, copies: NO_IDEAS };

/** The students' half. */
function FindIdeas({
  store,
  ...results
}: { store: FilterStore } & Omit<Parameters<typeof ProgramResults>[0], 'view'>) {
  return (
    <section class="program-find" aria-labelledby="find-heading">
      <h2 id="find-heading">Find an idea on any page</h2>
      <FilterPanel
        store={store}
        searchLabel="Search all ideas"
        placeholder="Search all ideas: title, skills, mentor…"
        bestMatches={false}
        onOpenIdea={() => {}}
        onSearchFocus={() => store.prepareSearch()}
      />
      <Results store={store} {...results} />
    </section>
  );
}

function MentorTools({ data, store, byId, now }: { data: ProgramData; store: FilterStore; byId: ReadonlyMap<string, ProgramIdea>; now: Date }) {
  return (
    <section class="program-mentors" aria-labelledby="mentors-heading">
      <h2 id="mentors-heading">For mentors and program admins</h2>
      <ProgramReview review={data.review} now={now} />
      <CheckInList groups={data.checkIns} archivedLeftOut={data.catalogue.archivedLeftOut > 0} />
      <ExportButtons store={store} byId={byId} status={statusLine(data.catalogue)} now={now} />
    </section>
  );
}

/**
 * A store over the catalogue's ideas, with their search index once it is built (a search before that builds its
 * own); a new catalogue keeps the filters set.
 */
function useFilterStore(ideas: readonly Idea[], index: SearchIndex | null, bookmarked: ReadonlySet<string>): FilterStore {
  const previous = useRef<FilterStore | null>(null);
  const store = useMemo(() => {
    const created = new FilterStore(ideas, () => Fuse, index ?? undefined);
    if (previous.current) created.setFilters(previous.current.filters);
    created.setBookmarks(bookmarked);
    return (previous.current = created);
  }, [ideas, index]);
  useEffect(() => store.setBookmarks(bookmarked), [store, bookmarked]);
  return store;
}

function Results({ store, ...props }: { store: FilterStore } & Omit<Parameters<typeof ProgramResults>[0], 'view'>) {
  useStore(store);
  return <ProgramResults {...props} view={store.view} />;
}

function ExportButtons({ store, byId, status, now }: { store: FilterStore; byId: ReadonlyMap<string, ProgramIdea>; status: string; now: Date }) {
  useStore(store, ['filters']);
  const shown = () => {
    const { view } = store;
    const ids = view.search ? view.hits.map((hit) => hit.key) : [...byId.keys()].filter((id) => !view.visible || view.visible.has(id));
    return ids.map((id) => byId.get(id)!);
  };
  const filtering = isFiltering(store.filters);
  return (
    <section class="program-export" aria-labelledby="program-export-heading">
      <h3 id="program-export-heading">Export for your records</h3>
      <p class="muted">{filtering ? 'The ideas the search and filters show' : 'Every idea shown'}, with their pages, verification and review state.</p>
      <div class="transfer-buttons">
        <button type="button" onClick={() => downloadFile(`xen-ideas-${dateStamp(now)}.csv`, programCsv(shown(), now), 'text/csv;charset=utf-8')}>
          Export CSV
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile(
              `xen-ideas-${dateStamp(now)}.md`,
              programMarkdown(shown(), { now, status, filters: filtering ? describeFilters(store.filters) : null }),
              'text/markdown;charset=utf-8',
            )
          }
        >
          Export Markdown
        </button>
      </div>
    </section>
  );
}

function describeFilters(filters: FilterState): string {
  const parts: string[] = [];
  if (filters.query.trim()) parts.push(`search "${filters.query.trim()}"`);
  if (filters.difficulty.length) parts.push(`difficulty ${filters.difficulty.join(' or ')}`);
  if (filters.skills.length) parts.push(`skills ${filters.skills.join(' and ')}`);
  if (filters.status.length) parts.push(`status ${filters.status.join(' or ')}`);
  if (filters.gsoc) parts.push('GSoC eligible');
  if (filters.bookmarked) parts.push('bookmarked');
  if (filters.comments) parts.push('with open review comments');
  return parts.join(', ');
}
