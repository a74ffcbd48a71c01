// Which ideas the student's filters keep, and how many each choice would keep. Pure: the search hits and the
// bookmarks come in as sets, so this knows nothing of fuse.js or of the extension's storage.
import type { Idea, Status } from './idea';
import { LEVELS } from './levels';

export const DIFFICULTY_CHOICES = [...LEVELS, 'unknown'] as const;
export type DifficultyChoice = (typeof DIFFICULTY_CHOICES)[number];
/** How a difficulty level is named to people, in the panel's toggles and at each heading. */
export const DIFFICULTY_LABELS: Record<DifficultyChoice, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard', unknown: 'Unknown' };

/** The statuses a student can pick, in the page's order; `other` only shows when the page has such ideas. */
export const STATUS_CHOICES = ['peer-reviewed', 'needs-work', 'new', 'other'] as const satisfies readonly Status[];

export interface FilterState {
  /** The search box's text. */
  query: string;
  /** Any of these (an idea's difficulty range overlaps one of them). */
  difficulty: DifficultyChoice[];
  /** All of these. */
  skills: string[];
  /** Any of these. */
  status: Status[];
  gsoc: boolean;
  bookmarked: boolean;
  /** Has open review comments (by the wiki's convention every comment on the page is open). */
  comments: boolean;
}

export const NO_FILTERS: FilterState = Object.freeze({
  query: '',
  difficulty: [],
  skills: [],
  status: [],
  gsoc: false,
  bookmarked: false,
  comments: false,
});

/** The independent parts of the filter state: an idea is shown when it passes every one. */
export const FACETS = ['query', 'difficulty', 'skills', 'status', 'gsoc', 'bookmarked', 'comments'] as const;
export type Facet = (typeof FACETS)[number];

/** What the filters need besides the ideas themselves. */
export interface FilterContext {
  /** Keys of the ideas the search found, or null when there is no query. */
  searchHits: ReadonlySet<string> | null;
  bookmarked: ReadonlySet<string>;
}

export function isFiltering(state: FilterState): boolean {
  return FACETS.some((facet) => isActive(state, facet));
}

export function isActive(state: FilterState, facet: Facet): boolean {
  const value = state[facet];
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value;
}

/** The state with `facet` back to "no filter". */
export function clearFacet(state: FilterState, facet: Facet): FilterState {
  return { ...state, [facet]: NO_FILTERS[facet] };
}

/** Does the idea's difficulty range (e.g. Medium–Hard) include `choice`? `unknown` means the page gives no level. */
export function hasDifficulty(idea: Idea, choice: DifficultyChoice): boolean {
  const { min, max } = idea.difficulty;
  if (choice === 'unknown') return min === null;
  if (min === null || max === null) return false;
  const at = LEVELS.indexOf(choice);
  return LEVELS.indexOf(min) <= at && at <= LEVELS.indexOf(max);
}

export function passes(idea: Idea, facet: Facet, state: FilterState, context: FilterContext): boolean {
  switch (facet) {
    case 'query':
      return context.searchHits === null || context.searchHits.has(idea.key);
    case 'difficulty':
      return !state.difficulty.length || state.difficulty.some((choice) => hasDifficulty(idea, choice));
    case 'skills':
      return state.skills.every((tag) => idea.skills.tags.includes(tag));
    case 'status':
      return !state.status.length || state.status.includes(idea.status);
    case 'gsoc':
      return !state.gsoc || idea.gsoc === true;
    case 'bookmarked':
      return !state.bookmarked || context.bookmarked.has(idea.key);
    case 'comments':
      return !state.comments || idea.comments.length > 0;
  }
}

/** The facets that hide `idea` (empty when it is shown). */
export function failingFacets(idea: Idea, state: FilterState, context: FilterContext): Facet[] {
  return FACETS.filter((facet) => !passes(idea, facet, state, context));
}

/** How many ideas each choice would show, the other filters staying as they are. */
export interface FacetCounts {
  /** Ideas shown now. */
  shown: number;
  difficulty: Record<DifficultyChoice, number>;
  /** With the tag added to the selected skills (for a selected tag: shown now). */
  skills: Map<string, number>;
  status: Record<Status, number>;
  gsoc: number;
  bookmarked: number;
  comments: number;
}

export interface Evaluation {
  /** Keys of the ideas every filter keeps, in page order. */
  visible: Set<string>;
  counts: FacetCounts;
}

/** One pass over the ideas: what is shown, and the counts for every choice in the panel. */
export function evaluate(ideas: readonly Idea[], state: FilterState, context: FilterContext): Evaluation {
  const visible = new Set<string>();
  const counts: FacetCounts = {
    shown: 0,
    difficulty: { easy: 0, medium: 0, hard: 0, unknown: 0 },
    skills: new Map(),
    status: { 'peer-reviewed': 0, 'needs-work': 0, new: 0, other: 0 },
    gsoc: 0,
    bookmarked: 0,
    comments: 0,
  };
  // Only a facet in use can hide an idea: the others are not asked (with a query alone, one question per idea).
  const inUse = FACETS.filter((facet) => (facet === 'query' ? context.searchHits !== null : isActive(state, facet)));
  for (const idea of ideas) {
    // An idea counts toward a choice of facet F when it passes every facet but F: with none failing it counts
    // everywhere, with exactly one failing only for that one, with more nowhere.
    let failing: Facet | null = null;
    let failures = 0;
    for (const facet of inUse) {
      if (!passes(idea, facet, state, context)) {
        failing = facet;
        if (++failures > 1) break;
      }
    }
    if (failures > 1 || failing === 'query') continue;
    if (failures === 0) {
      visible.add(idea.key);
      counts.shown++;
    }
    if (countsToward(failing, 'difficulty')) countDifficulty(idea, counts.difficulty);
    if (countsToward(failing, 'skills')) {
      // Adding tag T keeps the idea when it has T and every selected tag it lacks is T itself.
      const missing = state.skills.length ? state.skills.filter((tag) => !idea.skills.tags.includes(tag)) : state.skills;
      for (const tag of idea.skills.tags) {
        if (missing.length === 0 || (missing.length === 1 && missing[0] === tag)) {
          counts.skills.set(tag, (counts.skills.get(tag) ?? 0) + 1);
        }
      }
    }
    if (countsToward(failing, 'status')) counts.status[idea.status]++;
    if (countsToward(failing, 'gsoc') && idea.gsoc === true) counts.gsoc++;
    if (countsToward(failing, 'bookmarked') && context.bookmarked.has(idea.key)) counts.bookmarked++;
    if (countsToward(failing, 'comments') && idea.comments.length > 0) counts.comments++;
  }
  return { visible, counts };
}

/** Whether an idea counts toward the choices of `facet`: it fails no facet, or only that one. */
function countsToward(failing: Facet | null, facet: Facet): boolean {
  return failing === null || failing === facet;
}

/** Counts the idea toward each choice `hasDifficulty` gives it: every level of its range, or `unknown`. */
function countDifficulty(idea: Idea, counts: Record<DifficultyChoice, number>): void {
  const { min, max } = idea.difficulty;
  if (min === null) counts.unknown++;
  else if (max !== null) for (let at = LEVELS.indexOf(min), last = LEVELS.indexOf(max); at <= last; at++) counts[LEVELS[at]]++;
}

/** The page's skill tags, most frequent first (ties alphabetical): the order of the Skills toggles. */
export function skillsByFrequency(ideas: readonly Idea[]): Array<{ tag: string; count: number }> {
  const frequency = new Map<string, number>();
  for (const idea of ideas) for (const tag of idea.skills.tags) frequency.set(tag, (frequency.get(tag) ?? 0) + 1);
  return [...frequency]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || byName(a.tag, b.tag));
}

/** Case-insensitive order without Intl (its first use costs a page tens of milliseconds to load collation data). */
function byName(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Toggle `value` in a list (keeping the order the choices were made in). */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}
