// The panel's search and filters: what a student uses to narrow the page down to the ideas that fit them.
import type { Ref } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  DIFFICULTY_CHOICES,
  NO_FILTERS,
  STATUS_CHOICES,
  skillsByFrequency,
  toggled,
  DIFFICULTY_LABELS,
  type DifficultyChoice,
} from '../../lib/filter';
import type { FilterStore } from '../../lib/filter-store';
import type { Status } from '../../lib/idea';
import { useOneRow } from './one-row';
import { SearchResults } from './SearchResults';
import { ToggleGroup, type ToggleOption } from './ToggleGroup';
import { useStore } from './use-store';

const STATUS_LABELS: Record<Status, string> = {
  'peer-reviewed': 'Peer reviewed',
  'needs-work': 'Needs work',
  new: 'New',
  other: 'Other',
};

export function FilterPanel({
  store,
  onOpenIdea,
  onSearchFocus,
  searchRef,
  searchLabel = 'Search ideas',
  placeholder = 'Search ideas: title, skills, mentor… (press /)',
  bestMatches = true,
}: {
  store: FilterStore;
  /** Take the reader to an idea (a search result was chosen). */
  onOpenIdea: (key: string) => void;
  /** Gets the first keystroke ready (the search index, the page's lookups) while the reader is about to type. */
  onSearchFocus: () => void;
  searchRef?: Ref<HTMLInputElement>;
  /** The search box's accessible name. */
  searchLabel?: string;
  placeholder?: string;
  /** The five best matches under the search box (off where the view lists every result itself). */
  bestMatches?: boolean;
}) {
  useStore(store);
  const { filters, view, ideas } = store;
  const byKey = useMemo(() => new Map(ideas.map((idea) => [idea.key, idea])), [ideas]);
  const skills = useMemo(() => skillsByFrequency(ideas), [ideas]);
  const statuses = useMemo(
    () => STATUS_CHOICES.filter((status) => status !== 'other' || ideas.some((idea) => idea.status === 'other')),
    [ideas],
  );
  const [allSkills, setAllSkills] = useState(false);
  const skillsRow = useRef<HTMLSpanElement>(null);
  const { counts } = view;

  const difficulty: ToggleOption[] = DIFFICULTY_CHOICES.map((choice) => ({
    value: choice,
    label: DIFFICULTY_LABELS[choice],
    count: counts.difficulty[choice],
    pressed: filters.difficulty.includes(choice),
  }));
  const skillOptions: ToggleOption[] = skills.map(({ tag }) => ({
    value: tag,
    label: tag,
    count: counts.skills.get(tag) ?? 0,
    pressed: filters.skills.includes(tag),
  }));
  const statusOptions: ToggleOption[] = statuses.map((status) => ({
    value: status,
    label: STATUS_LABELS[status],
    count: counts.status[status],
    pressed: filters.status.includes(status),
  }));
  const only: ToggleOption[] = [
    { value: 'gsoc', label: 'GSoC eligible', count: counts.gsoc, pressed: filters.gsoc },
    { value: 'bookmarked', label: 'Bookmarked', count: counts.bookmarked, pressed: filters.bookmarked },
    { value: 'comments', label: 'Has open review comments', count: counts.comments, pressed: filters.comments },
  ];

  return (
    <div class="filters">
      <div class="search-row">
        <input
          ref={searchRef}
          class="search"
          type="search"
          aria-label={searchLabel}
          placeholder={placeholder}
          autocomplete="off"
          spellcheck={false}
          value={filters.query}
          onFocus={onSearchFocus}
          onInput={(event) => {
            const query = event.currentTarget.value;
            store.setFilters((current) => ({ ...current, query }));
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filters.query) {
              event.preventDefault();
              store.setFilters((current) => ({ ...current, query: '' }));
            }
          }}
        />
        <p role="status" class="status">
          Showing {view.shown} of {ideas.length} ideas
        </p>
        <button type="button" class="clear" onClick={() => store.setFilters(NO_FILTERS)}>
          Clear filters
        </button>
      </div>
      {bestMatches && view.search && <SearchResults hits={view.hits} ideas={byKey} words={view.search.words} onOpen={onOpenIdea} />}
      <div class="groups">
        <ToggleGroup
          label="Difficulty"
          options={difficulty}
          onToggle={(value) => store.setFilters((f) => ({ ...f, difficulty: toggled(f.difficulty, value as DifficultyChoice) }))}
        />
        <ToggleGroup
          label="Status"
          options={statusOptions}
          onToggle={(value) => store.setFilters((f) => ({ ...f, status: toggled(f.status, value as Status) }))}
        />
        {skills.length > 0 && (
          <ToggleGroup
            label="Skills"
            class={allSkills ? 'skills all' : 'skills'}
            options={skillOptions}
            togglesRef={skillsRow}
            note={filters.skills.length > 1 ? `Ideas that need all ${filters.skills.length} selected skills.` : undefined}
            onToggle={(value) => store.setFilters((f) => ({ ...f, skills: toggled(f.skills, value) }))}
          >
            <MoreSkills row={skillsRow} skills={skills} expanded={allSkills} onToggle={() => setAllSkills(!allSkills)} />
          </ToggleGroup>
        )}
        <ToggleGroup
          label="Only"
          options={only}
          onToggle={(value) => {
            const flag = value as 'gsoc' | 'bookmarked' | 'comments';
            store.setFilters((f) => ({ ...f, [flag]: !f[flag] }));
          }}
        />
      </div>
    </div>
  );
}

/** "More skills (N)", N the skills that wrap past the row's first line; a component of its own, so that measuring
 * the row re-renders only it. */
function MoreSkills({ row, skills, expanded, onToggle }: { row: { current: HTMLElement | null }; skills: unknown; expanded: boolean; onToggle: () => void }) {
  const wrapped = useOneRow(row, !expanded, skills);
  if (!expanded && !wrapped) return null;
  return (
    <button type="button" class="more" aria-expanded={expanded} onClick={onToggle}>
      {expanded ? 'Fewer skills' : `More skills (${wrapped})`}
    </button>
  );
}
