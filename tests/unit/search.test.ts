// Fuzzy search over the saved page's 18 ideas: typos, prefixes while typing, several words, and what is marked.
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js/min-basic';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Idea } from '../../lib/idea';
import { parsePage } from '../../lib/parse/index';
import { createSearchIndex, editDistance, markRanges, words, wordsWithinTypos } from '../../lib/search';
import { sampleIdea } from './helpers/ideas';

const URL_ = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects';
const ideas = parsePage(
  new JSDOM(readFileSync(new URL('../fixtures/outreach-vector-mw1.31.html', import.meta.url), 'utf8'), { url: URL_ }).window.document,
  URL_,
).ideas;
const index = createSearchIndex(ideas);
index.forgiveTypos(Fuse);
const titleOf = new Map(ideas.map((idea) => [idea.key, idea.title]));
const titles = (query: string) => (index.search(query)?.hits ?? []).map((hit) => titleOf.get(hit.key));

const MIRAGE = ['Create a tiny VM for easy load testing', 'Fuzz testing Xen with Mirage', 'Mirage OS web stack testing'];

describe('search on the saved ideas page', () => {
  it('forgives a typo: "ocmal" finds the three Mirage (OCaml) ideas first', () => {
    const found = titles('ocmal');
    expect(found.slice(0, 3).sort()).toEqual(MIRAGE);
    // The only other hit really mentions OCaml (as a language it could be written in).
    for (const title of found.slice(3)) {
      const idea = ideas.find((i) => i.title === title)!;
      expect(JSON.stringify(idea)).toMatch(/ocaml/i);
    }
  });

  it('"virtio" finds the 9P idea, and only it', () => {
    expect(titles('virtio')).toEqual(['Enabling the 9P File System transport as a paravirt device']);
  });

  it('does not take a word hidden inside another for a typo ("ocmal" is not "local")', () => {
    const result = index.search('ocmal')!;
    expect([...result.words]).toEqual(['ocaml']);
  });

  it('finds words while they are typed, and by their start', () => {
    expect(titles('mira').slice(0, 3).sort()).toEqual(MIRAGE);
    expect(titles('ocam').slice(0, 3).sort()).toEqual(MIRAGE);
  });

  it('needs every word of the query (AND), in any order', () => {
    expect(titles('linux kernel storage').sort()).toEqual(['Enabling the 9P File System transport as a paravirt device', 'Xen block backend/frontend multiqueue support']);
    expect(titles('storage kernel linux').sort()).toEqual(titles('linux kernel storage').sort());
    expect(titles('mirage fuzz')).toEqual(['Fuzz testing Xen with Mirage']);
    expect(titles('mirage zzzzzzz')).toEqual([]);
  });

  it('ranks a title match above a match in the text', () => {
    // "Fuzz" is in one title; "fuzzing" may be in other descriptions.
    expect(titles('fuzz')[0]).toBe('Fuzz testing Xen with Mirage');
  });

  it('searches skills, category, contacts, description and outcomes', () => {
    expect(titles('Konrad').sort()).toEqual(['Utilize Intel QuickData on network and block path.', 'Xen block backend/frontend multiqueue support']);
    expect(titles('XAPI')).toContain('DRBD Integration'); // category
    expect(titles('libvirt')).toContain('CPUID Programming for Humans'); // skills
    expect(titles('firmwear')).toEqual(['OVMF Compatibility Support Module support in Xen']); // typo, skills/description
    expect(titles('benchmark report')[0]).toBe('Utilize Intel QuickData on network and block path.'); // outcomes
  });

  it('returns null when the query has no word', () => {
    expect(index.search('')).toBeNull();
    expect(index.search('  -- ')).toBeNull();
  });

  it('takes a single letter as the word it is ("C"), else as the start of words', () => {
    const c = index.search('c')!;
    expect([...c.words]).toEqual(['c']);
    expect(c.hits.length).toBeGreaterThan(0);
    const q = index.search('q')!; // no word "q" on the page: words starting with q
    expect([...q.words]).toEqual(expect.arrayContaining(['qemu', 'quickdata']));
  });

  it('keeps C++ and C# apart from C', () => {
    const small = createSearchIndex([
      sampleIdea({ key: 'cpp', title: 'Port to C++' }),
      sampleIdea({ key: 'c', title: 'Plain C tool', skills: { raw: 'C', tags: ['C'] } }),
    ]);
    expect(small.search('c++')!.hits.map((hit) => hit.key)).toEqual(['cpp']);
  });

  it('ignores case and accents', () => {
    const small = createSearchIndex([sampleIdea({ key: 'a', title: 'Améliorer le pilote', contacts: [{ name: 'José Núñez', email: null }] })]);
    expect(small.search('AMELIORER')!.hits).toHaveLength(1);
    expect(small.search('nunez')!.hits).toHaveLength(1);
  });
});

describe('marking matched words', () => {
  it('marks whole words of the text that matched, case and accents aside', () => {
    const text = 'Mirage OS: MirageOS and mirage-skeleton';
    const ranges = markRanges(text, new Set(['mirage', 'mirageos']));
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['Mirage', 'MirageOS', 'mirage']);
    expect(markRanges('Núñez', new Set(['nunez']))).toEqual([[0, 5]]);
    expect(markRanges('anything', new Set())).toEqual([]);
  });

  it('marks the words of a text whose only non-ASCII characters are punctuation, and of one with accented words', () => {
    const quoted = '\u201cMirage\u201d \u2013 unikernels on Xen\u2026';
    expect(markRanges(quoted, new Set(['mirage', 'xen']))).toEqual([[1, 7], [25, 28]]);
    const accented = '\u2026 the pilote of Núñez: Améliorer';
    expect(markRanges(accented, new Set(['nunez', 'ameliorer', 'pilote']))).toEqual([[6, 12], [16, 21], [23, 32]]);
  });

  it('splits text into normalised words', () => {
    expect(words('Xen-devel, C++ and C# (QEMU)')).toEqual(['xen', 'devel', 'c++', 'and', 'c#', 'qemu']);
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit, and stops past the limit', () => {
    expect(editDistance('ocmal', 'ocaml', 2)).toBe(1);
    expect(editDistance('ocmal', 'local', 1)).toBe(2);
    expect(editDistance('virtio', 'virtio', 1)).toBe(0);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('words within a typo or two', () => {
  const vocabulary = ['local', 'oca', 'ocaml', 'ocamlfind', 'schedule', 'scheduler', 'schedulers', 'shed', 'vocal'].sort();

  it('finds whole words and words whose start is within the typos allowed, a swap counting as one', () => {
    expect(wordsWithinTypos(vocabulary, 'ocmal', 1)).toEqual(['ocaml', 'ocamlfind']);
    expect(wordsWithinTypos(vocabulary, 'sheduler', 2)).toEqual(['schedule', 'scheduler', 'schedulers']);
    expect(wordsWithinTypos(vocabulary, 'shedul', 1)).toEqual([]); // "schedu" is two edits away
    expect(wordsWithinTypos(vocabulary, 'shedule', 1)).toEqual(['schedule']); // as a whole word only
    expect(wordsWithinTypos(vocabulary, 'xyzzy', 1)).toEqual([]);
  });

  it('agrees with the edit distance on every word of the saved page', () => {
    const pageWords = [...new Set(ideas.flatMap((idea) => words(JSON.stringify(idea))))].sort();
    for (const [term, typos] of [['ocmal', 1], ['virtoi', 1], ['hypervsior', 2], ['schedu', 1], ['memroy', 1]] as const) {
      const expected = pageWords.filter(
        (word) => editDistance(term, word, typos) <= typos || (word.length > term.length && editDistance(term, word.slice(0, term.length), typos) <= typos),
      );
      expect(wordsWithinTypos(pageWords, term, typos)).toEqual(expected);
    }
  });
});

describe('search on a long page', () => {
  it('answers a query on 1,000 ideas from a prepared index', () => {
    const many: Idea[] = Array.from({ length: 1000 }, (_, i) => ({ ...ideas[i % ideas.length], key: `k${i}`, title: `${ideas[i % ideas.length].title} ${i}` }));
    const big = createSearchIndex(many);
    big.forgiveTypos(Fuse);
    const found = big.search('ocmal')!;
    expect(found.hits.length).toBe(many.filter((idea) => /ocaml/i.test(JSON.stringify(idea))).length);
  });
});

describe('search before fuse.js is there', () => {
  it('finds whole words and their starts, and forgives typos once fuse.js is handed in', () => {
    const early = createSearchIndex(ideas);
    const found = (query: string) => (early.search(query)?.hits ?? []).map((hit) => titleOf.get(hit.key));
    expect(found('mirage')).toEqual(expect.arrayContaining(MIRAGE));
    expect(found('mira')).toEqual(expect.arrayContaining(MIRAGE));
    expect(found('ocmal')).toEqual([]);
    early.forgiveTypos(Fuse);
    // The typo searched before is not answered from what was found without fuse.js.
    expect(found('ocmal')).toEqual(titles('ocmal'));
    expect(found('ocmal')).toEqual(expect.arrayContaining(MIRAGE));
  });
});
