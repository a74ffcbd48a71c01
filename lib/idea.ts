// The record of one project idea, defined once. zod/mini keeps it small enough for the content script.
import * as z from 'zod/mini';
import { LEVELS } from './levels';
import { IDEA_LIMITS as MAX } from './limits';

/** A string of at most `max` characters. */
const upTo = (max: number) => z.string().check(z.maxLength(max));
/** A list of at most `max` items. */
const listOf = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

export { LEVELS };
export const Level = z.enum(LEVELS);

export const STATUSES = ['peer-reviewed', 'needs-work', 'new', 'other'] as const;
export const Status = z.enum(STATUSES);

export const WikiDate = z.object({
  raw: upTo(MAX.line),
  /** ISO `YYYY-MM-DD`, or a best guess when `ambiguous`, or null when unreadable. */
  date: z.nullable(upTo(MAX.token)),
  /** Both day and month are 12 or less, so D/M/Y and M/D/Y read differently. */
  ambiguous: z.boolean(),
});

export const Link = z.object({ text: upTo(MAX.linkText), href: upTo(MAX.href) });

/** Plain text of a field; the links it held are kept beside it. */
export const RichText = z.object({ text: upTo(MAX.text), links: listOf(Link, MAX.links) });

export const Contact = z.object({ name: upTo(MAX.line), email: z.nullable(upTo(MAX.email)) });

export const Comment = z.object({
  author: z.nullable(upTo(MAX.author)),
  /** ISO 8601 UTC, null when the signature has no date. */
  timestamp: z.nullable(upTo(MAX.token)),
  text: upTo(MAX.commentText),
  /** The field the comment sits in: `review`, `description`, `outcomes`, … */
  field: upTo(MAX.token),
});

export const Idea = z.object({
  /** Stable identity: the same for legacy and html5 anchors, unique on the page. */
  key: upTo(MAX.key),
  /** The heading's id in this DOM. */
  anchor: upTo(MAX.anchor),
  title: upTo(MAX.title),
  status: Status,
  section: upTo(MAX.heading),
  category: z.nullable(upTo(MAX.heading)),
  inserted: z.nullable(WikiDate),
  verified: z.nullable(WikiDate),
  gsoc: z.nullable(z.boolean()),
  contacts: listOf(Contact, MAX.contacts),
  mailingList: z.nullable(upTo(MAX.line)),
  irc: z.nullable(upTo(MAX.line)),
  difficulty: z.object({ raw: z.nullable(upTo(MAX.line)), min: z.nullable(Level), max: z.nullable(Level) }),
  skills: z.object({ raw: z.nullable(upTo(MAX.line)), tags: listOf(upTo(MAX.skill), MAX.skills) }),
  description: z.nullable(RichText),
  /** Null when missing or "Not specified". */
  outcomes: z.nullable(RichText),
  comments: listOf(Comment, MAX.comments),
});

export const PageInfo = z.object({ title: z.string(), url: z.string() });

export const ParsedPage = z.object({
  page: PageInfo,
  ideas: z.array(Idea),
  warnings: z.array(z.string()),
});

export type Level = z.infer<typeof Level>;
export type Status = z.infer<typeof Status>;
export type WikiDate = z.infer<typeof WikiDate>;
export type Link = z.infer<typeof Link>;
export type RichText = z.infer<typeof RichText>;
export type Contact = z.infer<typeof Contact>;
export type Comment = z.infer<typeof Comment>;
export type Idea = z.infer<typeof Idea>;
export type PageInfo = z.infer<typeof PageInfo>;
export type ParsedPage = z.infer<typeof ParsedPage>;
