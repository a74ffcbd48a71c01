// The ideas every filter keeps, across all pages: best search matches first (page order otherwise), each naming
// its page and the other pages that list it, linking to its heading on the wiki, with a Bookmark toggle. Shown a
// page of results at a time, so a search over 1,500 ideas renders what is read, not everything; of a page, a new
// search renders at once the cards near the viewport, the rest when a person scrolls or moves focus to them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { wikiPageUrl } from '../../lib/page-id';
import type { ProgramIdea } from '../../lib/program/catalogue';
import type { FilterView } from '../../lib/filter-store';
import { excerpt } from '../../lib/review';
import { plural } from '../../lib/text';
import { difficultyText, skillsText } from '../../lib/shortlist';
import { Marked } from '../filters/Marked';
import { useCardsNearView } from './use-cards-near-view';

const PAGE = 20;
/** Cards rendered at once for a new search however few were near the viewport. */
const AT_LEAST = 3;
/** The height a card not rendered yet holds: its estimated height (program.css) and the gap after it. */
const CARD_SPACE_PX = 168;

export interface ProgramResultsProps {
  /** The ideas in page order. */
  ideas: readonly ProgramIdea[];
  byId: ReadonlyMap<string, ProgramIdea>;
  view: FilterView;
  bookmarked: ReadonlySet<string>;
  onBookmark: (entry: ProgramIdea, bookmarked: boolean) => void;
}

export function ProgramResults({ ideas, byId, view, bookmarked, onBookmark }: ProgramResultsProps) {
  const [shown, setShown] = useState(PAGE);
  // A new search or filter starts from the top again.
  useEffect(() => setShown(PAGE), [view]);
  // For a new view, the cards a person sees now (and one more) at once; the whole page once the space held for
  // the others comes near the viewport, or focus enters the results.
  const [wholePageOf, setWholePageOf] = useState<FilterView | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const held = useRef<HTMLDivElement>(null);
  const showWholePage = () => setWholePageOf(view);
  const near = useCardsNearView(list, held, showWholePage);
  const firstCards = useRef<{ view: FilterView | null; count: number }>({ view: null, count: 0 });
  if (firstCards.current.view !== view) firstCards.current = { view, count: Math.max(AT_LEAST, near.count() + 1) };
  useEffect(() => near.observe());

  const words = view.search?.words ?? new Set<string>();
  if (!view.shown) return <p class="results-empty">No idea matches the search and filters.</p>;
  const page = Math.min(shown, view.shown);
  const rendered = wholePageOf === view ? page : Math.min(page, firstCards.current.count);
  const renderedIds = view.search
    ? view.hits.slice(0, rendered).map((hit) => hit.key)
    : (view.visible ? ideas.filter((entry) => view.visible!.has(entry.id)) : ideas).slice(0, rendered).map((entry) => entry.id);
  const rest = view.shown - rendered;
  return (
    <div class="program-results" onFocusIn={showWholePage}>
      <ol class="program-ideas" aria-label="Ideas found" ref={list}>
        {/* Cards are kept by position: a new search patches them in place rather than building new ones, and cards
            out of view (content-visibility) then skip their style and layout. */}
        {renderedIds.map((id, position) => {
          const entry = byId.get(id)!;
          return <ProgramIdeaItem key={position} entry={entry} words={words} bookmarked={bookmarked.has(id)} onBookmark={onBookmark} />;
        })}
      </ol>
      {rendered < page && <div ref={held} class="cards-to-come" aria-hidden="true" style={{ height: `${(page - rendered) * CARD_SPACE_PX}px` }} />}
      {rest > 0 && (
        <button
          type="button"
          class="more"
          onClick={() => {
            setShown(rendered + PAGE);
            showWholePage();
          }}
        >
          Show {Math.min(PAGE, rest)} more ({rest} not shown)
        </button>
      )}
    </div>
  );
}

const excerpts = new WeakMap<ProgramIdea, string>();

/** The start of an idea's description, cut once per idea rather than at every key. */
function descriptionExcerpt(entry: ProgramIdea): string {
  let text = excerpts.get(entry);
  if (text === undefined) excerpts.set(entry, (text = excerpt(entry.idea.description?.text ?? '', 220)));
  return text;
}

function ProgramIdeaItem({ entry, words, bookmarked, onBookmark }: { entry: ProgramIdea; words: ReadonlySet<string>; bookmarked: boolean; onBookmark: ProgramResultsProps['onBookmark'] }) {
  const { idea } = entry;
  const skills = skillsText(idea);
  return (
    <li class="program-idea">
      <div class="item-head">
        <h3 class="item-title">
          <a href={entry.url} target="_blank" rel="noopener noreferrer">
            <Marked text={idea.title} words={words} />
          </a>
        </h3>
        <button
          type="button"
          class={bookmarked ? 'bookmark on' : 'bookmark'}
          aria-pressed={bookmarked}
          aria-label={`Bookmark ${idea.title}`}
          onClick={() => onBookmark(entry, !bookmarked)}
        >
          <span aria-hidden="true">{bookmarked ? '\u2605' : '\u2606'}</span> Bookmark
        </button>
      </div>
      <p class="where">
        on{' '}
        <a href={wikiPageUrl(entry.pageId)} target="_blank" rel="noopener noreferrer">
          {entry.pageTitle}
        </a>
        {entry.archived && <span class="tag">archived</span>}
        {entry.alsoOn.length > 0 && (
          <span class="also-on">
            {' · also on: '}
            {entry.alsoOn.map((page, i) => (
              <>
                {i > 0 && ', '}
                <a href={page.url} target="_blank" rel="noopener noreferrer">
                  {page.title}
                </a>
              </>
            ))}
          </span>
        )}
      </p>
      <p class="idea-facts">
        <span>Difficulty: {difficultyText(idea)}</span>
        {skills && (
          <span>
            Skills: <Marked text={skills} words={words} />
          </span>
        )}
        {idea.gsoc && <span>GSoC</span>}
        {idea.comments.length > 0 && <span class="review-count">{plural(idea.comments.length, 'open review comment')}</span>}
      </p>
      {idea.description && (
        <p class="excerpt">
          <Marked text={descriptionExcerpt(entry)} words={words} />
        </p>
      )}
    </li>
  );
}

