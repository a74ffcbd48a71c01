// Which ideas the filters keep, alone and combined, and the counts the panel shows beside each choice.
import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  evaluate,
  failingFacets,
  hasDifficulty,
  isFiltering,
  skillsByFrequency,
  toggled,
  type FilterContext,
  type FilterState,
} from '../../lib/filter';
import type { Idea } from '../../lib/idea';
import { sampleIdea } from './helpers/ideas';

const level = (min: Idea['difficulty']['min'], max = min) => ({ raw: 'x', min, max });
const IDEAS: Idea[] = [
  sampleIdea({ key: 'easy-c', difficulty: level('easy'), skills: { raw: '', tags: ['C'] }, status: 'peer-reviewed', gsoc: true }),
  sampleIdea({ key: 'medhard-c-kernel', difficulty: level('medium', 'hard'), skills: { raw: '', tags: ['C', 'Linux kernel'] }, status: 'needs-work', gsoc: true }),
  sampleIdea({ key: 'hard-ocaml', difficulty: level('hard'), skills: { raw: '', tags: ['OCaml'] }, status: 'peer-reviewed', gsoc: false }),
  sampleIdea({
    key: 'unknown',
    difficulty: level(null),
    skills: { raw: null, tags: [] },
    status: 'new',
    gsoc: null,
    comments: [{ author: 'Lars', timestamp: null, text: 'Needs a mentor', field: 'review' }],
  }),
];
const none: FilterContext = { searchHits: null, bookmarked: new Set() };
const state = (changes: Partial<FilterState>): FilterState => ({ ...NO_FILTERS, ...changes });
const shown = (changes: Partial<FilterState>, context: FilterContext = none) => [...evaluate(IDEAS, state(changes), context).visible];

describe('difficulty', () => {
  it('matches when the idea\'s range overlaps a selected level', () => {
    const mediumHard = IDEAS[1];
    expect(hasDifficulty(mediumHard, 'medium')).toBe(true);
    expect(hasDifficulty(mediumHard, 'hard')).toBe(true);
    expect(hasDifficulty(mediumHard, 'easy')).toBe(false);
    expect(hasDifficulty(mediumHard, 'unknown')).toBe(false);
    expect(hasDifficulty(IDEAS[3], 'unknown')).toBe(true);
  });

  it('shows "Medium-High" under both Medium and Hard; several levels are OR', () => {
    expect(shown({ difficulty: ['medium'] })).toEqual(['medhard-c-kernel']);
    expect(shown({ difficulty: ['hard'] })).toEqual(['medhard-c-kernel', 'hard-ocaml']);
    expect(shown({ difficulty: ['easy', 'unknown'] })).toEqual(['easy-c', 'unknown']);
  });
});

describe('each filter alone', () => {
  it('skills: all selected tags are needed (AND)', () => {
    expect(shown({ skills: ['C'] })).toEqual(['easy-c', 'medhard-c-kernel']);
    expect(shown({ skills: ['C', 'Linux kernel'] })).toEqual(['medhard-c-kernel']);
    expect(shown({ skills: ['C', 'OCaml'] })).toEqual([]);
  });

  it('status: any of the selected', () => {
    expect(shown({ status: ['peer-reviewed'] })).toEqual(['easy-c', 'hard-ocaml']);
    expect(shown({ status: ['needs-work', 'new'] })).toEqual(['medhard-c-kernel', 'unknown']);
  });

  it('GSoC eligible only: "yes" on the page, not unknown', () => {
    expect(shown({ gsoc: true })).toEqual(['easy-c', 'medhard-c-kernel']);
  });

  it('bookmarked only', () => {
    expect(shown({ bookmarked: true }, { searchHits: null, bookmarked: new Set(['hard-ocaml']) })).toEqual(['hard-ocaml']);
    expect(shown({ bookmarked: true })).toEqual([]);
  });

  it('has open review comments', () => {
    expect(shown({ comments: true })).toEqual(['unknown']);
  });

  it('search: the hits the search found', () => {
    expect(shown({ query: 'x' }, { searchHits: new Set(['hard-ocaml', 'easy-c']), bookmarked: new Set() })).toEqual(['easy-c', 'hard-ocaml']);
  });
});

describe('combined filters', () => {
  it('keep what passes every one', () => {
    expect(shown({ skills: ['C'], difficulty: ['hard'] })).toEqual(['medhard-c-kernel']);
    expect(shown({ skills: ['C'], status: ['peer-reviewed'], gsoc: true })).toEqual(['easy-c']);
    expect(shown({ difficulty: ['hard'], gsoc: true, query: 'q' }, { searchHits: new Set(['hard-ocaml']), bookmarked: new Set() })).toEqual([]);
  });

  it('name the filters that hide an idea', () => {
    expect(failingFacets(IDEAS[2], state({ skills: ['C'], gsoc: true, difficulty: ['hard'] }), none)).toEqual(['skills', 'gsoc']);
    expect(failingFacets(IDEAS[2], NO_FILTERS, none)).toEqual([]);
  });
});

describe('counts beside each choice', () => {
  it('count every idea when nothing is filtered (a range counts under each level it covers)', () => {
    const { counts } = evaluate(IDEAS, NO_FILTERS, none);
    expect(counts.shown).toBe(4);
    expect(counts.difficulty).toEqual({ easy: 1, medium: 1, hard: 2, unknown: 1 });
    expect(Object.fromEntries(counts.skills)).toEqual({ C: 2, 'Linux kernel': 1, OCaml: 1 });
    expect(counts.status).toEqual({ 'peer-reviewed': 2, 'needs-work': 1, new: 1, other: 0 });
    expect([counts.gsoc, counts.bookmarked, counts.comments]).toEqual([2, 0, 1]);
  });

  it('say what each choice would show with the other filters as they are', () => {
    const { counts } = evaluate(IDEAS, state({ skills: ['C'], difficulty: ['hard'] }), none);
    expect(counts.shown).toBe(1);
    // Difficulty choices ignore the difficulty filter itself: of the C ideas, one is easy, one medium-hard.
    expect(counts.difficulty).toEqual({ easy: 1, medium: 1, hard: 1, unknown: 0 });
    // Adding a skill narrows (AND); the selected one counts what is shown.
    // (OCaml with C: no idea has both, so it is not counted at all.)
    expect(Object.fromEntries(counts.skills)).toEqual({ C: 1, 'Linux kernel': 1 });
    expect(counts.gsoc).toBe(1);
  });
});

describe('helpers', () => {
  it('orders skills most frequent first, ties alphabetically', () => {
    expect(skillsByFrequency(IDEAS)).toEqual([
      { tag: 'C', count: 2 },
      { tag: 'Linux kernel', count: 1 },
      { tag: 'OCaml', count: 1 },
    ]);
  });

  it('toggles a choice in a list, keeping the order of choosing', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('knows when anything is filtered', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering(state({ query: '  ' }))).toBe(false);
    expect(isFiltering(state({ query: 'x' }))).toBe(true);
    expect(isFiltering(state({ comments: true }))).toBe(true);
  });
});
