// A compact record of an ideas page at one visit, kept so the next visit can say what changed (lib/diff.ts).
// Per idea: identity and place, each field the diff reports as a short value plus a hash of the full text
// (long texts are compared by hash and shown by their start), and the comments with a short text and a hash.
// Pure, and no zod: the content script builds snapshots; the background validates them (snapshot-schema.ts).
import type { Idea, ParsedPage } from './idea';
import { needsInfo } from './review';

/** The fields a visit compares, in the order the template shows them, with the names people know. */
export const SNAPSHOT_FIELDS = {
  inserted: 'Date of insert',
  verified: 'Verified',
  gsoc: 'GSoC',
  contacts: 'Technical contact',
  mailingList: 'Mailing list',
  irc: 'IRC channel',
  difficulty: 'Difficulty',
  skills: 'Skills needed',
  description: 'Description',
  outcomes: 'Outcomes',
} as const;
export type SnapshotField = keyof typeof SNAPSHOT_FIELDS;
export const FIELD_NAMES = Object.keys(SNAPSHOT_FIELDS) as SnapshotField[];

/** Shown values are cut to this; the hash still covers the whole text. */
export const VALUE_CHARS = 200;
export const COMMENT_CHARS = 300;
export const MAX_IDEAS = 1000;
export const MAX_COMMENTS = 200;

export interface FieldValue {
  value: string;
  hash: string;
}

export interface SnapshotComment {
  author: string | null;
  timestamp: string | null;
  field: string;
  /** The start of the comment, enough to recognise and quote it. */
  text: string;
  /** Hash of the whole comment text: two comments are the same when author, date and hash agree. */
  hash: string;
}

export interface SnapshotIdea {
  key: string;
  title: string;
  anchor: string;
  status: string;
  section: string;
  category: string | null;
  fields: Record<SnapshotField, FieldValue>;
  comments: SnapshotComment[];
  /** What the idea lacks for a student (lib/review.ts), so stored snapshots can show it without the page. */
  needs: string[];
}

export interface PageSnapshot {
  /** Bumped if the snapshot's shape changes, so an old baseline is not misread. */
  format: 1;
  page: { title: string; url: string };
  ideas: SnapshotIdea[];
}

export function takeSnapshot(parsed: Pick<ParsedPage, 'page' | 'ideas'>): PageSnapshot {
  return {
    format: 1,
    page: { title: cut(parsed.page.title, 512), url: cut(parsed.page.url, 2048) },
    ideas: parsed.ideas.slice(0, MAX_IDEAS).map(snapshotIdea),
  };
}

export function snapshotIdea(idea: Idea): SnapshotIdea {
  const fields = {} as Record<SnapshotField, FieldValue>;
  for (const name of FIELD_NAMES) fields[name] = fieldValue(fieldText(idea, name));
  return {
    key: cut(idea.key, 512),
    title: cut(idea.title, 512),
    anchor: cut(idea.anchor, 1024),
    status: idea.status,
    section: cut(idea.section, 512),
    category: idea.category === null ? null : cut(idea.category, 512),
    fields,
    comments: idea.comments.slice(0, MAX_COMMENTS).map(snapshotComment),
    needs: needsInfo(idea),
  };
}

export function snapshotComment(comment: Idea['comments'][number]): SnapshotComment {
  return {
    author: comment.author === null ? null : cut(comment.author, 256),
    timestamp: comment.timestamp,
    field: cut(comment.field, 32),
    text: cut(comment.text, COMMENT_CHARS),
    hash: hashText(normalize(comment.text)),
  };
}

/** A comment's identity across visits. */
export function commentId(comment: Pick<SnapshotComment, 'author' | 'timestamp' | 'hash'>): string {
  return `${comment.author ?? ''}\u0000${comment.timestamp ?? ''}\u0000${comment.hash}`;
}

/** The field as one line of text, as the diff shows it; "" when the page gives no value. */
function fieldText(idea: Idea, name: SnapshotField): string {
  switch (name) {
    case 'inserted':
    case 'verified':
      return idea[name]?.raw ?? '';
    case 'gsoc':
      return idea.gsoc === null ? '' : idea.gsoc ? 'Yes' : 'No';
    case 'contacts':
      return idea.contacts.map((c) => (c.email ? `${c.name} <${c.email}>` : c.name)).join('; ');
    case 'mailingList':
    case 'irc':
      return idea[name] ?? '';
    case 'difficulty':
      return idea.difficulty.raw ?? '';
    case 'skills':
      return idea.skills.raw ?? '';
    case 'description':
    case 'outcomes':
      return idea[name]?.text ?? '';
  }
}

function fieldValue(text: string): FieldValue {
  const flat = normalize(text);
  return { value: cut(flat, VALUE_CHARS), hash: hashText(flat) };
}

/** Whitespace is layout, not content: a re-wrapped paragraph is not a change. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, an ellipsis saying when some were cut. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** cyrb53: a fast 53-bit string hash, plenty to tell edits apart (not a security measure). */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
