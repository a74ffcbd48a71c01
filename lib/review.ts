// Review at a glance: the open review comments (the wiki deletes a comment once addressed, so every comment
// still on the page is open), the ideas that lack what a student needs, and the page's summary line.
// Pure: works on parsed ideas and on stored snapshots alike (both carry these fields), with `now` passed in.
import type { Idea } from './idea';
import { escapeMarkdown, plural } from './text';

/** What the review queue needs of an idea: parsed ideas and snapshot ideas both fit. */
export interface ReviewIdea {
  key: string;
  title: string;
  anchor: string;
  comments: ReadonlyArray<{ author: string | null; timestamp: string | null; text: string; field: string }>;
}

/** One open comment in the queue. */
export interface ReviewEntry {
  ideaKey: string;
  ideaTitle: string;
  anchor: string;
  /** Position among the idea's comments, in page order: ties the entry to the comment's place in the page. */
  index: number;
  author: string | null;
  /** ISO 8601, or null when the signature has no date. */
  timestamp: string | null;
  field: string;
  excerpt: string;
}

const EXCERPT_CHARS = 140;
const DAY_MS = 24 * 60 * 60 * 1000;
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "12 years", "3 months", "5 days", "less than a day": how long ago `iso` was at `now`. */
export function formatAge(iso: string, now: Date): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return 'date unknown';
  let months = (now.getUTCFullYear() - then.getUTCFullYear()) * 12 + (now.getUTCMonth() - then.getUTCMonth());
  // A month counts once its day of the month has come round again.
  if (now.getUTCDate() < then.getUTCDate()) months--;
  if (months >= 12) return plural(Math.floor(months / 12), 'year');
  if (months >= 1) return plural(months, 'month');
  const days = Math.floor((now.getTime() - then.getTime()) / DAY_MS);
  return days >= 1 ? plural(days, 'day') : 'less than a day';
}

/** "17 February 2014" (UTC, as the wiki's signatures are), or "date unknown". */
export function formatDate(iso: string | null): string {
  if (!iso) return 'date unknown';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'date unknown';
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * "25 November 2026, 09:05" in the reader's time zone. Written by hand: the first `toLocaleString` in a page
 * loads locale data, which costs a content script tens of milliseconds.
 */
export function formatLocalDateTime(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getDate()} ${MONTH_NAMES[date.getMonth()]} ${date.getFullYear()}, ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The start of a text, cut at a word boundary. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** An idea's open comments as queue entries, in page order. */
export function openComments(idea: ReviewIdea): ReviewEntry[] {
  return idea.comments.map((comment, index) => ({
    ideaKey: idea.key,
    ideaTitle: idea.title,
    anchor: idea.anchor,
    index,
    author: comment.author,
    timestamp: comment.timestamp,
    field: comment.field,
    excerpt: excerpt(comment.text),
  }));
}

/** The oldest dated comment's age ("12 years"), "date unknown" when none is dated, null without comments. */
export function oldestAge(idea: ReviewIdea, now: Date): string | null {
  if (!idea.comments.length) return null;
  const dated = idea.comments.map((c) => c.timestamp).filter((t): t is string => t !== null).sort();
  return dated.length ? formatAge(dated[0], now) : 'date unknown';
}

/**
 * Every open comment of the page, oldest first. Comments without a date cannot be placed in time, so they
 * come last ("date unknown"), in page order.
 */
export function reviewQueue(ideas: readonly ReviewIdea[]): ReviewEntry[] {
  const entries = ideas.flatMap(openComments);
  const order = new Map(entries.map((entry, i) => [entry, i]));
  return entries.sort((a, b) => {
    if (a.timestamp && b.timestamp && a.timestamp !== b.timestamp) return a.timestamp < b.timestamp ? -1 : 1;
    if (a.timestamp && !b.timestamp) return -1;
    if (!a.timestamp && b.timestamp) return 1;
    return order.get(a)! - order.get(b)!;
  });
}

/** What a student needs, in the order the template asks for it. */
export const NEEDED = ['difficulty', 'skills', 'outcomes', 'contact e-mail'] as const;
export type Needed = (typeof NEEDED)[number];

const UNKNOWN = /^\s*(unknown|not specified|n\/a|tbd|\?+)?\s*$/i;

/** What the idea lacks of what a student needs; empty when nothing is missing. */
export function needsInfo(idea: Pick<Idea, 'difficulty' | 'skills' | 'outcomes' | 'contacts'>): Needed[] {
  const missing: Needed[] = [];
  const { difficulty, skills } = idea;
  if ((difficulty.min === null && difficulty.max === null) || UNKNOWN.test(difficulty.raw ?? '')) missing.push('difficulty');
  if (!skills.tags.length || UNKNOWN.test(skills.raw ?? '')) missing.push('skills');
  if (idea.outcomes === null || UNKNOWN.test(idea.outcomes.text)) missing.push('outcomes');
  if (!idea.contacts.some((contact) => contact.email)) missing.push('contact e-mail');
  return missing;
}

/** The figures behind the summary line. */
export interface ReviewSummary {
  comments: number;
  ideasWithComments: number;
  ideasNeedingInfo: number;
}

export function summarize(ideas: ReadonlyArray<ReviewIdea & { needs: readonly string[] }>): ReviewSummary {
  return {
    comments: ideas.reduce((n, idea) => n + idea.comments.length, 0),
    ideasWithComments: ideas.filter((idea) => idea.comments.length).length,
    ideasNeedingInfo: ideas.filter((idea) => idea.needs.length).length,
  };
}

/** "3 open review comments on 3 ideas · 8 ideas need info". */
export function summaryLine({ comments, ideasWithComments, ideasNeedingInfo }: ReviewSummary): string {
  const review = comments
    ? `${plural(comments, 'open review comment')} on ${plural(ideasWithComments, 'idea')}`
    : 'No open review comments';
  const info = ideasNeedingInfo
    ? `${plural(ideasNeedingInfo, 'idea')} ${ideasNeedingInfo === 1 ? 'needs' : 'need'} info`
    : 'no idea needs info';
  return `${review} · ${info}`;
}

/** The queue as Markdown, for posting to the mailing list. `linkFor` gives each idea's URL. */
export function queueMarkdown(
  pageTitle: string,
  entries: readonly ReviewEntry[],
  linkFor: (entry: ReviewEntry) => string,
): string {
  const lines = [`Open review comments on "${pageTitle}" (${entries.length}), oldest first:`, ''];
  for (const entry of entries) {
    const who = entry.author ?? 'unsigned';
    lines.push(
      `- [${escapeMarkdown(entry.ideaTitle)}](${linkFor(entry).replace(/\(/g, '%28').replace(/\)/g, '%29')}): ` +
        `${escapeMarkdown(who)}, ${formatDate(entry.timestamp)}: "${escapeMarkdown(entry.excerpt)}"`,
    );
  }
  if (!entries.length) lines.push('- None: every review comment has been addressed.');
  return lines.join('\n') + '\n';
}
