// The most any value of an idea may hold: what the page's parser keeps (lib/bounds.ts cuts the rest), what a
// message may carry, what is stored and what an import may bring (the schemas in lib/idea.ts). The wiki is
// hand-written and a page can be hostile, so nothing is unbounded; the limits are far above anything a real
// ideas page writes. No imports: both the content script and the schemas read these.

export const IDEA_LIMITS = {
  /** Idea keys, and headings' titles. */
  key: 512,
  title: 512,
  anchor: 1024,
  /** Section and category headings. */
  heading: 512,
  /** One-line values as the page writes them: dates, difficulty, skills, mailing list, IRC, a mentor's name. */
  line: 2_000,
  /** A mail address (RFC 5321 allows 254). */
  email: 254,
  /** Description and outcomes; the longest real description is a few thousand characters. */
  text: 50_000,
  links: 200,
  linkText: 2_000,
  href: 2_048,
  contacts: 20,
  skills: 50,
  skill: 100,
  comments: 200,
  commentText: 5_000,
  author: 256,
  /** ISO dates and timestamps, field names, statuses. */
  token: 64,
} as const;
