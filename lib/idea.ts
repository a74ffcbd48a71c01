// The record of one project idea, defined once. zod/mini keeps it small enough for the content script.
import * as z from 'zod/mini';

export const LEVELS = ['easy', 'medium', 'hard'] as const;
export const Level = z.enum(LEVELS);

export const STATUSES = ['peer-reviewed', 'needs-work', 'new', 'other'] as const;
export const Status = z.enum(STATUSES);

export const WikiDate = z.object({
  raw: z.string(),
  /** ISO `YYYY-MM-DD`, or a best guess when `ambiguous`, or null when unreadable. */
  date: z.nullable(z.string()),
  /** Both day and month are 12 or less, so D/M/Y and M/D/Y read differently. */
  ambiguous: z.boolean(),
});

export const Link = z.object({ text: z.string(), href: z.string() });

/** Plain text of a field; the links it held are kept beside it. */
export const RichText = z.object({ text: z.string(), links: z.array(Link) });

export const Contact = z.object({ name: z.string(), email: z.nullable(z.string()) });

export const Comment = z.object({
  author: z.nullable(z.string()),
  /** ISO 8601 UTC, null when the signature has no date. */
  timestamp: z.nullable(z.string()),
  text: z.string(),
  /** The field the comment sits in: `review`, `description`, `outcomes`, … */
  field: z.string(),
});

export const Idea = z.object({
  /** Stable identity: the same for legacy and html5 anchors, unique on the page. */
  key: z.string(),
  /** The heading's id in this DOM. */
  anchor: z.string(),
  title: z.string(),
  status: Status,
  section: z.string(),
  category: z.nullable(z.string()),
  inserted: z.nullable(WikiDate),
  verified: z.nullable(WikiDate),
  gsoc: z.nullable(z.boolean()),
  contacts: z.array(Contact),
  mailingList: z.nullable(z.string()),
  irc: z.nullable(z.string()),
  difficulty: z.object({ raw: z.nullable(z.string()), min: z.nullable(Level), max: z.nullable(Level) }),
  skills: z.object({ raw: z.nullable(z.string()), tags: z.array(z.string()) }),
  description: z.nullable(RichText),
  /** Null when missing or "Not specified". */
  outcomes: z.nullable(RichText),
  comments: z.array(Comment),
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
