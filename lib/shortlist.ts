// The shortlist as people read it: bookmarks in rank order, with their facts in words. Shared by the views and
// the exporters, so the dashboard, Markdown and CSV say the same thing.
import type { Bookmark, Progress } from './bookmark';
import type { Idea } from './idea';
import { mailingListAddress } from './mail';
import { wikiPageUrl } from './page-id';

export const PROGRESS_LABELS: Record<Progress, string> = {
  interested: 'Interested',
  contacted: 'Contacted mentor',
  'task-done': 'Small task done',
  applied: 'Applied',
};

/** Rank order; equal ranks (e.g. after an import) fall back to when the idea was bookmarked. */
export function byRank(a: Bookmark, b: Bookmark): number {
  return a.rank - b.rank || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

export function sortShortlist(bookmarks: readonly Bookmark[]): Bookmark[] {
  return [...bookmarks].sort(byRank);
}

/** The idea's heading on the wiki (canonical host), from the stored snapshot. */
export function ideaLink(bookmark: Pick<Bookmark, 'pageId' | 'anchor'>): string {
  return wikiPageUrl(bookmark.pageId, bookmark.anchor);
}

/** The page's title as people read it: "Outreach Program Projects". */
export function pageTitle(pageId: string): string {
  return pageId.replace(/_/g, ' ');
}

export function difficultyText(idea: Idea): string {
  return idea.difficulty.raw?.trim() || 'Unknown';
}

export function skillsText(idea: Idea): string {
  return idea.skills.tags.join(', ');
}

/** "Wei Liu <wei.liu2@citrix.com>, …" */
export function mentorsText(idea: Idea): string {
  return idea.contacts.map((c) => (c.email ? `${c.name} <${c.email}>` : c.name)).join(', ');
}

/** The list to CC as an address when we know it, else as the wiki wrote it. */
export function mailingListText(idea: Idea): string {
  return mailingListAddress(idea.mailingList) ?? idea.mailingList ?? '';
}
