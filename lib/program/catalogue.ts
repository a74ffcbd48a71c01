// Every idea of every ideas page read from the wiki, as one list: pages in a useful order (current pages before
// `Archived/…` ones, the most recently edited first), and an idea listed on several pages (the same title, or one
// within a typo or two) shown once, on its newest page, with the others named. Pure.
import { bookmarkId } from '../bookmark';
import type { Idea } from '../idea';
import { wikiPageUrl } from '../page-id';
import { editDistance, words } from '../search';
import { runAtOnce } from '../slices';
import { isArchived, type PageCopy } from './page-copy';

export interface PageRefLink {
  title: string;
  url: string;
}

export interface ProgramIdea {
  /** Unique across pages, and the idea's bookmark id: `${pageId}#${idea.key}`. */
  id: string;
  /** The page as bookmarks and the in-page tools name it: `GSoC_2015`. */
  pageId: string;
  pageTitle: string;
  archived: boolean;
  idea: Idea;
  /** The idea's heading on the wiki. */
  url: string;
  /** The other pages listing the same idea (relisted), newest first. Empty for an idea on one page. */
  alsoOn: PageRefLink[];
}

export interface Catalogue {
  /** The pages counted: every page with a copy, archived ones only when asked for. */
  pages: PageCopy[];
  /** Archived pages left out (0 when they are included). */
  archivedLeftOut: number;
  /** Each idea once (relisted ones on their newest page), in page order. */
  ideas: ProgramIdea[];
  /** Every idea of every page counted, relisted ones on each of their pages: review comments are per page. */
  copies: ProgramIdea[];
}

/** The page id used by bookmarks, drafts and the in-page tools: the title in its database form. */
export function pageIdOfTitle(title: string): string {
  return title.replace(/ /g, '_');
}

/** Current pages first, then archived; within each, the most recently edited first, then by title. */
export function pageOrder(a: PageCopy, b: PageCopy): number {
  const archived = Number(isArchived(a.title)) - Number(isArchived(b.title));
  if (archived) return archived;
  const at = (copy: PageCopy) => copy.revisedAt ?? copy.readAt ?? '';
  return compare(at(b), at(a)) || compare(a.title, b.title);
}

export function buildCatalogue(copies: readonly PageCopy[], options: { includeArchived: boolean }): Catalogue {
  return runAtOnce(catalogueSteps(copies, options));
}

/** The same, as steps (one per 100 ideas grouped), to run in slices on a page that must stay responsive. */
export function* catalogueSteps(copies: readonly PageCopy[], { includeArchived }: { includeArchived: boolean }): Generator<void, Catalogue> {
  const withCopy = copies.filter((copy) => copy.readAt !== null);
  const pages = withCopy.filter((copy) => includeArchived || !isArchived(copy.title)).sort(pageOrder);
  const all: ProgramIdea[] = [];
  for (const page of pages) {
    const pageId = pageIdOfTitle(page.title);
    for (const idea of page.ideas) {
      all.push({
        id: bookmarkId(pageId, idea.key),
        pageId,
        pageTitle: page.title,
        archived: isArchived(page.title),
        idea,
        url: wikiPageUrl(pageId, idea.anchor),
        alsoOn: [],
      });
    }
  }
  const ideas: ProgramIdea[] = [];
  for (const group of yield* relistedGroupSteps(all)) {
    const [first, ...others] = group;
    ideas.push(others.length ? { ...first, alsoOn: others.map((other) => ({ title: other.pageTitle, url: other.url })) } : first);
  }
  return { pages, archivedLeftOut: withCopy.length - pages.length, ideas, copies: all };
}

/** A title as compared for relisting: its words, lower-cased, without accents or punctuation. */
export function comparableTitle(title: string): string {
  return words(title).join(' ');
}

/** Titles this close (in edits) are the same idea; short titles must match exactly. */
function allowedEdits(title: string): number {
  return title.length < 12 ? 0 : title.length < 24 ? 1 : 2;
}

/** The numbers in a title: never typos ("vGICv2" and "vGICv3", "GSoC 2014" and "GSoC 2015" are different ideas). */
function numbersOf(title: string): string {
  return (title.match(/\d+/g) ?? []).join(' ');
}

/**
 * Ideas grouped by relisting, each group in the order given (so its first is on the newest page); a group holds
 * at most one idea per page, so two ideas of the same title on one page stay two. Close titles are looked for
 * among those sharing their first or last word, which keeps this linear in practice on 1,500 ideas.
 */
export function relistedGroups(ideas: readonly ProgramIdea[]): ProgramIdea[][] {
  return runAtOnce(relistedGroupSteps(ideas));
}

function* relistedGroupSteps(ideas: readonly ProgramIdea[]): Generator<void, ProgramIdea[][]> {
  interface Group {
    title: string;
    members: ProgramIdea[];
    pages: Set<string>;
  }
  const groups: Group[] = [];
  const exact = new Map<string, Group[]>();
  const byWord = new Map<string, Group[]>();
  const add = <K>(map: Map<K, Group[]>, key: K, group: Group) => {
    const list = map.get(key);
    if (list) list.push(group);
    else map.set(key, [group]);
  };

  for (const [index, idea] of ideas.entries()) {
    if (index % 100 === 99) yield;
    const title = comparableTitle(idea.idea.title);
    const fits = (group: Group) => !group.pages.has(idea.pageId);
    let group = exact.get(title)?.find(fits);
    const edits = allowedEdits(title);
    if (!group && edits > 0) {
      const tokens = title.split(' ');
      const candidates = [...(byWord.get(`<${tokens[0]}`) ?? []), ...(byWord.get(`>${tokens[tokens.length - 1]}`) ?? [])];
      const numbers = numbersOf(title);
      group = candidates.find(
        (candidate) =>
          fits(candidate) &&
          Math.abs(candidate.title.length - title.length) <= edits &&
          numbersOf(candidate.title) === numbers &&
          editDistance(candidate.title, title, edits) <= edits,
      );
    }
    if (group) {
      group.members.push(idea);
      group.pages.add(idea.pageId);
      continue;
    }
    const created: Group = { title, members: [idea], pages: new Set([idea.pageId]) };
    groups.push(created);
    add(exact, title, created);
    const tokens = title.split(' ');
    add(byWord, `<${tokens[0]}`, created);
    add(byWord, `>${tokens[tokens.length - 1]}`, created);
  }
  return groups.map((group) => group.members);
}

/** Plain code-unit order: ISO dates and titles need no collation (whose first use costs a page tens of milliseconds). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
