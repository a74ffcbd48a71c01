// Fuzzy search over the page's ideas, word by word. Pure: no DOM, no browser APIs.
//
// Every query word must match (AND). A word matches the page's words that equal it, start with it (the
// student is still typing), or are within a typo or two of it: one walk over the page's sorted vocabulary finds
// the words within reach, fuse.js judges them, and a whole-word edit distance then drops matches that only hold
// inside another word (fuse's Bitap finds "ocal" inside "local" for "ocmal"; the student meant "OCaml"). Searching
// the vocabulary instead of every idea's full text keeps a keystroke cheap on a page of a thousand ideas.
import type Fuse from 'fuse.js/min-basic';
import type { Idea } from './idea';
import { runAtOnce } from './slices';

/**
 * fuse.js, handed in rather than imported: the content script loads it when the search is first prepared, not with
 * the script itself, of which it would be a fifth (compiled on every wiki page view).
 */
export type FuseClass = typeof Fuse;

/** What is searched, and how much a match there counts. */
export const SEARCH_FIELDS: ReadonlyArray<{ name: string; weight: number; text(idea: Idea): string }> = [
  { name: 'title', weight: 4, text: (idea) => idea.title },
  { name: 'skills', weight: 3, text: (idea) => `${idea.skills.tags.join(' ')} ${idea.skills.raw ?? ''}` },
  { name: 'category', weight: 2, text: (idea) => idea.category ?? '' },
  { name: 'contacts', weight: 2, text: (idea) => idea.contacts.map((contact) => contact.name).join(' ') },
  { name: 'description', weight: 1, text: (idea) => idea.description?.text ?? '' },
  { name: 'outcomes', weight: 1, text: (idea) => idea.outcomes?.text ?? '' },
];

export interface SearchHit {
  key: string;
  score: number;
}

export interface SearchResult {
  /** Best first; ties keep page order. */
  hits: SearchHit[];
  keys: Set<string>;
  /** The page's words (normalised, see `normaliseWord`) that matched a query word: what to mark. */
  words: Set<string>;
}

export interface SearchIndex {
  /** Null when the query holds no word (nothing to search: every idea stays). */
  search(query: string): SearchResult | null;
  /** From now on a word also matches words within a typo or two of it (before: whole words and their starts). */
  forgiveTypos(fuseClass: FuseClass): void;
}

/** Letters and digits, with a trailing `+` or `#` kept so "C++" and "C#" stay words of their own. */
const WORD = /[\p{L}\p{N}]+[+#]*/gu;
const MARKS = /\p{M}+/gu;

export function normaliseWord(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function words(text: string): string[] {
  return normaliseWord(text).match(WORD) ?? [];
}

/** Where the words of `text` that belong to `matched` are, as [start, end) offsets. */
export function markRanges(text: string, matched: ReadonlySet<string>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!matched.size) return ranges;
  if (!NON_ASCII_WORD_CHARACTER.test(text)) {
    // The common case, fast: every word is ASCII (punctuation such as "…" aside), so there are no accents to strip
    // and one lower-cased copy keeps every offset.
    if (matched.size <= QUICK_TEST_WORDS && !quickTest(matched).test(text)) return ranges;
    for (const match of text.toLowerCase().matchAll(WORD)) {
      if (matched.has(match[0])) ranges.push([match.index, match.index + match[0].length]);
    }
    return ranges;
  }
  for (const match of text.matchAll(WORD)) {
    if (matched.has(normaliseWord(match[0]))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** A letter, mark or digit outside ASCII: the text has a word that `normaliseWord` may change beyond its case. */
const NON_ASCII_WORD_CHARACTER = /(?!\p{ASCII})[\p{L}\p{M}\p{N}]/u;
/**
 * Beyond this many words (a first letter typed matches hundreds), compiling and running one alternation of them
 * all costs more than reading the text's words.
 */
const QUICK_TEST_WORDS = 40;
const quickTests = new WeakMap<ReadonlySet<string>, RegExp>();

/** A regular expression that finds any of the words anywhere (case aside): most texts fail it at once. */
function quickTest(matched: ReadonlySet<string>): RegExp {
  let test = quickTests.get(matched);
  if (!test) {
    test = new RegExp([...matched].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
    quickTests.set(matched, test);
  }
  return test;
}

/** Typos allowed in a query word of `length` letters. */
function typosAllowed(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

const QUALITY = { exact: 1, prefix: 0.7, typo: 0.5 } as const;

/** Whole words and their starts match at once; words within a typo or two once fuse.js is handed in (forgiveTypos). */
export function createSearchIndex(ideas: readonly Idea[]): SearchIndex {
  return runAtOnce(searchIndexSteps(ideas));
}

/** The same, as steps (one per 50 ideas indexed), to build in slices on a page that must stay responsive. */
export function* searchIndexSteps(ideas: readonly Idea[]): Generator<void, SearchIndex> {
  // word -> flat [ideaIndex, weight, ideaIndex, weight, …], the best weight per idea.
  const postings = new Map<string, number[]>();
  for (const [index, idea] of ideas.entries()) {
    if (index % 50 === 49) yield;
    const best = new Map<string, number>();
    for (const field of SEARCH_FIELDS) {
      for (const word of words(field.text(idea))) {
        if ((best.get(word) ?? 0) < field.weight) best.set(word, field.weight);
      }
    }
    for (const [word, weight] of best) {
      const list = postings.get(word);
      if (list) list.push(index, weight);
      else postings.set(word, [index, weight]);
    }
  }
  yield;
  const vocabulary = [...postings.keys()].sort();
  let fuseClass: FuseClass | null = null;
  const termCache = new Map<string, Map<string, number>>();

  /** The page's words a query word matches, with the quality of each match. */
  function wordsFor(term: string): Map<string, number> {
    const cached = termCache.get(term);
    if (cached) return cached;
    const found = new Map<string, number>();
    if (postings.has(term)) found.set(term, QUALITY.exact);
    // A single letter that is a word of its own ("C") means that word; otherwise, as for longer terms, any word
    // it starts (so typing "x" does not empty the page just before "xe" fills it again).
    if (term.length >= 2 || !found.size) {
      for (let i = lowerBound(vocabulary, term); i < vocabulary.length && vocabulary[i].startsWith(term); i++) {
        if (!found.has(vocabulary[i])) found.set(vocabulary[i], QUALITY.prefix);
      }
    }
    const typos = typosAllowed(term.length);
    // The words within the typos allowed (whole, or by their start while the reader is still typing), and of those
    // the ones fuse.js also takes for the query word. fuse.js judges only these: run over a long page's whole
    // vocabulary (12,000 words on 1,500 ideas) it takes longer than a frame per keystroke.
    const reachable = typos > 0 && fuseClass ? wordsWithinTypos(vocabulary, term, typos).filter((word) => !found.has(word)) : [];
    if (reachable.length) {
      for (const { item } of new fuseClass!(reachable, FUSE_OPTIONS).search(term)) found.set(item, QUALITY.typo);
    }
    if (termCache.size > 500) termCache.clear();
    termCache.set(term, found);
    return found;
  }

  return {
    forgiveTypos(loaded) {
      fuseClass = loaded;
      termCache.clear();
    },
    search(query) {
      const terms = [...new Set(words(query))];
      if (!terms.length) return null;
      // Scores per idea in plain arrays: a keystroke on a long page walks postings, not maps. 0 = no match.
      let total: Float64Array | null = null;
      const matchedWords = new Set<string>();
      for (const term of terms) {
        const best = new Float64Array(ideas.length);
        for (const [word, quality] of wordsFor(term)) {
          const list = postings.get(word)!;
          for (let i = 0; i < list.length; i += 2) {
            const index = list[i];
            if (total && total[index] === 0) continue; // already out: an earlier word did not match
            const score = quality * list[i + 1];
            if (score > best[index]) best[index] = score;
          }
          matchedWords.add(word);
        }
        if (total) for (let i = 0; i < best.length; i++) best[i] = best[i] > 0 ? best[i] + total[i] : 0;
        total = best;
      }
      const found: number[] = [];
      for (let i = 0; i < total!.length; i++) if (total![i] > 0) found.push(i);
      found.sort((a, b) => total![b] - total![a] || a - b);
      const hits = found.map((index) => ({ key: ideas[index].key, score: total![index] }));
      return { hits, keys: new Set(hits.map((hit) => hit.key)), words: hits.length ? matchedWords : new Set() };
    },
  };
}

const FUSE_OPTIONS = {
  isCaseSensitive: true, // the vocabulary and the query are lower-cased already
  ignoreLocation: true,
  includeScore: true,
  shouldSort: false,
  // Bitap counts a swap of two letters as two errors: "ocmal" is 2/5 away from "ocaml".
  threshold: 0.45,
};

/**
 * The words of the sorted `vocabulary` within `typos` edits (a swap of neighbours counting as one) of `term`, whole
 * or by their first `term.length` letters. One walk over the vocabulary: neighbours share their prefix and so the
 * rows of the edit-distance table computed for it, and a prefix already too far from every start of `term` skips
 * every word it begins.
 */
export function wordsWithinTypos(vocabulary: readonly string[], term: string, typos: number): string[] {
  const n = term.length;
  const deepest = n + typos; // a longer word can only match by its start
  // rows[d][j]: edits between the first d letters of the current prefix and the first j of the term.
  const rows: number[][] = [Array.from({ length: n + 1 }, (_, j) => j)];
  const rowMins = [0];
  let rowsOf = ''; // the word whose prefix rows[1..computed] belong to
  let computed = 0;
  const found: string[] = [];
  for (let i = 0; i < vocabulary.length; ) {
    const word = vocabulary[i];
    const limit = Math.min(word.length, deepest);
    let depth = 0; // rows[1..depth] hold this word's prefix
    while (depth < computed && depth < limit && rowsOf.charCodeAt(depth) === word.charCodeAt(depth)) depth++;
    // Matched by its start already, on rows shared with the word before.
    let matched = n <= depth && rows[n][n] <= typos;
    let next = i + 1;
    while (!matched && depth < limit) {
      const d = ++depth;
      const row = (rows[d] ??= new Array<number>(n + 1));
      const letter = word[d - 1];
      row[0] = d;
      let min = d;
      for (let j = 1; j <= n; j++) {
        let value = Math.min(rows[d - 1][j] + 1, row[j - 1] + 1, rows[d - 1][j - 1] + (letter === term[j - 1] ? 0 : 1));
        if (d > 1 && j > 1 && letter === term[j - 2] && word[d - 2] === term[j - 1]) value = Math.min(value, rows[d - 2][j - 2] + 1);
        row[j] = value;
        if (value < min) min = value;
      }
      rowMins[d] = min;
      matched = (d === word.length || d === n) && row[n] <= typos;
      // No longer prefix can come back within reach (a swap reaches back two rows): skip every word it begins.
      if (!matched && min > typos && rowMins[d - 1] > typos) {
        next = afterPrefix(vocabulary, word.slice(0, d), i);
        break;
      }
    }
    if (matched) found.push(word);
    rowsOf = word;
    computed = depth;
    i = next;
  }
  return found;
}

/** The index of the first word after `from` that does not start with `prefix` (the vocabulary is sorted). */
function afterPrefix(sorted: readonly string[], prefix: string, from: number): number {
  const last = prefix.charCodeAt(prefix.length - 1);
  const bound = lowerBound(sorted, prefix.slice(0, -1) + String.fromCharCode(last + 1));
  return Math.max(bound, from + 1);
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Edit distance counting a swap of neighbours as one edit (optimal string alignment); anything over `limit`
 * is reported as `limit + 1`, which lets it stop early.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return Math.min(previous[b.length], limit + 1);
}
