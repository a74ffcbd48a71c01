// The filter state in the page URL: round trips, readable links, the wiki's own parameters and #anchor kept.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FilterState } from '../../lib/filter';
import { decodeFilters, encodeFilters, filtersFromUrl, urlWithFilters } from '../../lib/filter-url';

const PAGE = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects';
const FULL: FilterState = {
  query: 'ocmal  kernel',
  difficulty: ['medium', 'hard'],
  skills: ['OCaml', 'Linux kernel', 'C++'],
  status: ['peer-reviewed'],
  gsoc: true,
  bookmarked: true,
  comments: true,
};

describe('filters in the URL', () => {
  it('round-trips every kind of filter', () => {
    expect(filtersFromUrl(urlWithFilters(PAGE, FULL))).toEqual(FULL);
  });

  it('gives readable links', () => {
    expect(urlWithFilters(PAGE, { ...NO_FILTERS, query: 'ocaml', difficulty: ['medium', 'hard'], skills: ['Linux kernel'], gsoc: true })).toBe(
      `${PAGE}?scout=q:ocaml;difficulty:medium,hard;skills:Linux+kernel;gsoc`,
    );
  });

  it('keeps the #anchor (so TOC and shared anchor links still work) and the wiki\'s parameters as written', () => {
    const withHash = urlWithFilters(`${PAGE}#Mirage_OS`, { ...NO_FILTERS, gsoc: true });
    expect(withHash).toBe(`${PAGE}?scout=gsoc#Mirage_OS`);
    const indexPhp = 'https://wiki.xen.org/index.php?title=Outreach_Program_Projects&oldid=19112#KDD_.28Windows_Debugger_Stub.29_enhancements';
    expect(urlWithFilters(indexPhp, { ...NO_FILTERS, comments: true })).toBe(
      'https://wiki.xen.org/index.php?title=Outreach_Program_Projects&oldid=19112&scout=comments#KDD_.28Windows_Debugger_Stub.29_enhancements',
    );
  });

  it('replaces the old value and drops the parameter when nothing is filtered', () => {
    const filtered = urlWithFilters(`${PAGE}?scout=gsoc#X`, { ...NO_FILTERS, comments: true });
    expect(filtered).toBe(`${PAGE}?scout=comments#X`);
    expect(urlWithFilters(filtered, NO_FILTERS)).toBe(`${PAGE}#X`);
    expect(urlWithFilters('https://wiki.xen.org/index.php?title=T&scout=gsoc', NO_FILTERS)).toBe('https://wiki.xen.org/index.php?title=T');
  });

  it('survives separators, percent signs and non-ASCII text in values', () => {
    const state = { ...NO_FILTERS, query: 'a;b,c:d %20 é & # +', skills: ['x,y', 'z:w'] };
    expect(filtersFromUrl(urlWithFilters(PAGE, state))).toEqual({ ...state, difficulty: [], status: [] });
  });

  it('ignores what it does not know and bounds what it reads', () => {
    expect(decodeFilters('difficulty:medium,impossible;status:bogus;future:1;gsoc')).toEqual({
      ...NO_FILTERS,
      difficulty: ['medium'],
      gsoc: true,
    });
    expect(decodeFilters(`q:${'x'.repeat(1000)}`).query).toHaveLength(200);
    expect(decodeFilters(`skills:${Array.from({ length: 80 }, (_, i) => `s${i}`).join(',')}`).skills).toHaveLength(50);
    expect(filtersFromUrl('not a url')).toEqual(NO_FILTERS);
    expect(filtersFromUrl(PAGE)).toEqual(NO_FILTERS);
  });

  it('reads links whose separators another tool percent-encoded', () => {
    expect(filtersFromUrl(`${PAGE}?scout=q%3Aocaml%3Bgsoc`)).toEqual({ ...NO_FILTERS, query: 'ocaml', gsoc: true });
  });

  it('writes nothing for no filters', () => {
    expect(encodeFilters(NO_FILTERS)).toBe('');
    expect(encodeFilters({ ...NO_FILTERS, query: '   ' })).toBe('');
  });
});
