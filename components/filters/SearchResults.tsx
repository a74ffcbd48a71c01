// The best search hits by title, with the matched words marked; each link takes the reader to the idea.
import type { Idea } from '../../lib/idea';
import type { SearchHit } from '../../lib/search';
import { Marked } from './Marked';

const SHOWN = 5;

export function SearchResults({
  hits,
  ideas,
  words,
  onOpen,
}: {
  hits: SearchHit[];
  ideas: ReadonlyMap<string, Idea>;
  words: ReadonlySet<string>;
  onOpen: (key: string) => void;
}) {
  if (!hits.length) return <p class="results-empty">No idea matches the search.</p>;
  const more = hits.length - SHOWN;
  return (
    <nav class="results" aria-label="Best matches">
      <ol>
        {hits.slice(0, SHOWN).map(({ key }) => {
          const idea = ideas.get(key)!;
          return (
            <li key={key}>
              <a
                href={`#${encodeURIComponent(idea.anchor)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(key);
                }}
              >
                <Marked text={idea.title} words={words} />
              </a>
              {idea.category && (
                <span class="where">
                  {' \u00b7 '}
                  <Marked text={idea.category} words={words} />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {more > 0 && <p class="results-more">and {more} more in the page below</p>}
    </nav>
  );
}
