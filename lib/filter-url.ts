// The filter state in the page's URL, so a reload keeps it and a copied link restores it.
//
// It lives in one query parameter, `scout`, never in the fragment: the fragment stays the wiki's own, so
// `#Anchor` links (the table of contents, links from elsewhere) keep scrolling to their heading, and MediaWiki
// ignores query parameters it does not know. Example:
//
//   /wiki/Outreach_Program_Projects?scout=q:ocaml;difficulty:medium,hard;skills:C,Linux+kernel;gsoc#Mirage_OS
//
// Entries are `name:value,value` or a bare flag, separated by `;`. Values escape their own `%`, `;`, `,`, `:`
// first, so any text survives; the rest is ordinary query-string encoding. Unknown names and values are ignored,
// so a link from a later version still opens.
import { DIFFICULTY_CHOICES, NO_FILTERS, STATUS_CHOICES, type DifficultyChoice, type FilterState } from './filter';
import type { Status } from './idea';

export const FILTER_PARAM = 'scout';

/** Bounds on what a link may carry (a link is input from anyone). */
const MAX_QUERY = 200;
const MAX_SKILLS = 50;
const MAX_SKILL_LENGTH = 100;

const FLAGS = ['gsoc', 'bookmarked', 'comments'] as const;

/** The parameter's (decoded) value; '' when nothing is filtered. */
export function encodeFilters(state: FilterState): string {
  const entries: string[] = [];
  const list = (name: string, values: readonly string[]) => {
    if (values.length) entries.push(`${name}:${values.map(escapeValue).join(',')}`);
  };
  if (state.query.trim()) list('q', [state.query]);
  list('difficulty', state.difficulty);
  list('skills', state.skills);
  list('status', state.status);
  for (const flag of FLAGS) if (state[flag]) entries.push(flag);
  return entries.join(';');
}

/** The filter state a parameter value describes; anything unreadable is left out. */
export function decodeFilters(value: string | null): FilterState {
  const state: FilterState = { ...NO_FILTERS, difficulty: [], skills: [], status: [] };
  if (!value) return state;
  for (const entry of value.split(';')) {
    const colon = entry.indexOf(':');
    const name = (colon < 0 ? entry : entry.slice(0, colon)).trim();
    const values = colon < 0 ? [] : entry.slice(colon + 1).split(',').map(unescapeValue);
    switch (name) {
      case 'q':
        state.query = (values[0] ?? '').slice(0, MAX_QUERY);
        break;
      case 'difficulty':
        state.difficulty = unique(values.filter((v): v is DifficultyChoice => (DIFFICULTY_CHOICES as readonly string[]).includes(v)));
        break;
      case 'skills':
        state.skills = unique(values.filter((v) => v.trim() && v.length <= MAX_SKILL_LENGTH)).slice(0, MAX_SKILLS);
        break;
      case 'status':
        state.status = unique(values.filter((v): v is Status => (STATUS_CHOICES as readonly string[]).includes(v)));
        break;
      case 'gsoc':
      case 'bookmarked':
      case 'comments':
        state[name] = true;
        break;
    }
  }
  return state;
}

/** The filter state carried by a page URL. */
export function filtersFromUrl(href: string): FilterState {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return decodeFilters(null);
  }
  return decodeFilters(url.searchParams.get(FILTER_PARAM));
}

/**
 * `href` carrying `state`: the `scout` parameter set (or removed when nothing is filtered); the path, the other
 * parameters (exactly as written) and the fragment untouched.
 */
export function urlWithFilters(href: string, state: FilterState): string {
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = queryAt < 0 ? [] : beforeHash.slice(queryAt + 1).split('&').filter((part) => part && !isFilterParam(part));
  const value = encodeFilters(state);
  if (value) params.push(`${FILTER_PARAM}=${encodeParamValue(value)}`);
  return base + (params.length ? `?${params.join('&')}` : '') + hash;
}

function isFilterParam(part: string): boolean {
  const name = part.split('=', 1)[0];
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')) === FILTER_PARAM;
  } catch {
    return false;
  }
}

/** Query-string encoding that leaves our separators readable (they are legal in a query). */
function encodeParamValue(value: string): string {
  return new URLSearchParams({ v: value })
    .toString()
    .slice(2)
    .replace(/%3A/gi, ':')
    .replace(/%3B/gi, ';')
    .replace(/%2C/gi, ',');
}

function escapeValue(value: string): string {
  return value.replace(/[%;,:]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function unescapeValue(value: string): string {
  return value.replace(/%(25|3B|2C|3A)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
