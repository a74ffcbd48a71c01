// What changed between two snapshots of an ideas page (lib/snapshot.ts): ideas added, removed and changed
// (naming each changed field with its old and new value), and review comments that appeared (new) or
// disappeared (addressed: the wiki deletes a comment once it has been dealt with).
//
// Ideas are paired by who they are, not only by key: keys of ideas sharing a title carry their category or a
// rank (lib/parse/key.ts), which shift when one of them moves or goes, and a renamed heading changes the key
// altogether. So pairing goes: same title first (best match of place and body among equal titles), then, for
// what is left, a changed title with the same body (same description, or same contacts with the same date of
// insert, outcomes or a similar title) is a rename, reported as a change of Title rather than removed + added.
import { titleKey } from './parse/key';
import {
  commentId,
  SNAPSHOT_FIELDS,
  type PageSnapshot,
  type SnapshotComment,
  type SnapshotField,
  type SnapshotIdea,
} from './snapshot';

/** Place and title are compared as fields too, under these names. */
export const PLACE_FIELDS = { title: 'Title', section: 'Section', category: 'Category' } as const;
export type ComparedField = keyof typeof PLACE_FIELDS | SnapshotField;

export interface FieldChange {
  field: ComparedField;
  label: string;
  before: string;
  after: string;
}

export interface CommentChanges {
  added: SnapshotComment[];
  addressed: SnapshotComment[];
  /** Same author and date, other text: the comment was reworded, not addressed. */
  edited: Array<{ before: SnapshotComment; after: SnapshotComment }>;
}

export interface IdeaChange {
  /** The idea as it is now. */
  key: string;
  title: string;
  anchor: string;
  /** The idea as it was (another key and title after a rename). */
  before: { key: string; title: string };
  renamed: boolean;
  fields: FieldChange[];
  comments: CommentChanges;
}

export interface PageDiff {
  added: SnapshotIdea[];
  removed: SnapshotIdea[];
  /** Ideas present in both with a changed field or comment, in today's page order. */
  changed: IdeaChange[];
}

export function diffSnapshots(before: PageSnapshot, after: PageSnapshot): PageDiff {
  const pairs = pairIdeas(before.ideas, after.ideas);
  const pairedOld = new Set(pairs.map(([old]) => old));
  const oldOf = new Map(pairs.map(([old, cur]) => [cur, old]));
  const changed: IdeaChange[] = [];
  const added: SnapshotIdea[] = [];
  for (const cur of after.ideas) {
    const old = oldOf.get(cur);
    if (!old) {
      added.push(cur);
      continue;
    }
    const change = compareIdeas(old, cur);
    if (change.fields.length || hasCommentChanges(change.comments)) changed.push(change);
  }
  return { added, removed: before.ideas.filter((idea) => !pairedOld.has(idea)), changed };
}

export function isEmptyDiff(diff: PageDiff): boolean {
  return !diff.added.length && !diff.removed.length && !diff.changed.length;
}

export function hasCommentChanges(comments: CommentChanges): boolean {
  return comments.added.length + comments.addressed.length + comments.edited.length > 0;
}

/** The counts a one-line report needs. */
export function diffCounts(diff: PageDiff) {
  return {
    added: diff.added.length,
    removed: diff.removed.length,
    changed: diff.changed.filter((change) => change.fields.length).length,
    newComments: diff.changed.reduce((n, c) => n + c.comments.added.length, 0),
    editedComments: diff.changed.reduce((n, c) => n + c.comments.edited.length, 0),
    addressedComments: diff.changed.reduce((n, c) => n + c.comments.addressed.length, 0),
  };
}

export function compareIdeas(old: SnapshotIdea, cur: SnapshotIdea): IdeaChange {
  const fields: FieldChange[] = [];
  const renamed = old.title !== cur.title;
  if (renamed) fields.push({ field: 'title', label: PLACE_FIELDS.title, before: old.title, after: cur.title });
  if (old.section !== cur.section) fields.push({ field: 'section', label: PLACE_FIELDS.section, before: old.section, after: cur.section });
  if (old.category !== cur.category) {
    fields.push({ field: 'category', label: PLACE_FIELDS.category, before: old.category ?? '', after: cur.category ?? '' });
  }
  for (const name of Object.keys(SNAPSHOT_FIELDS) as SnapshotField[]) {
    const [a, b] = [old.fields[name], cur.fields[name]];
    if (a.hash !== b.hash) fields.push({ field: name, label: SNAPSHOT_FIELDS[name], before: a.value, after: b.value });
  }
  return {
    key: cur.key,
    title: cur.title,
    anchor: cur.anchor,
    before: { key: old.key, title: old.title },
    renamed,
    fields,
    comments: compareComments(old.comments, cur.comments),
  };
}

export function compareComments(old: readonly SnapshotComment[], cur: readonly SnapshotComment[]): CommentChanges {
  // Multisets: the same remark signed twice at the same minute counts twice.
  const remaining = new Map<string, number>();
  for (const c of old) remaining.set(commentId(c), (remaining.get(commentId(c)) ?? 0) + 1);
  const appeared: SnapshotComment[] = [];
  for (const c of cur) {
    const id = commentId(c);
    const left = remaining.get(id) ?? 0;
    if (left > 0) remaining.set(id, left - 1);
    else appeared.push(c);
  }
  const gone: SnapshotComment[] = [];
  for (const c of old) {
    const id = commentId(c);
    const left = remaining.get(id) ?? 0;
    if (left > 0) {
      remaining.set(id, left - 1);
      gone.push(c);
    }
  }
  // A comment that went and one that came with the same signature (and, when undated, in the same field)
  // is the same comment reworded.
  const edited: CommentChanges['edited'] = [];
  const added: SnapshotComment[] = [];
  for (const c of appeared) {
    const i = gone.findIndex((g) => g.author === c.author && g.timestamp === c.timestamp && (c.timestamp !== null || g.field === c.field));
    if (i >= 0 && c.author !== null) edited.push({ before: gone.splice(i, 1)[0], after: c });
    else added.push(c);
  }
  return { added, addressed: gone, edited };
}

/** Pairs each idea of `before` with the same idea in `after`, where it still exists. */
export function pairIdeas(before: readonly SnapshotIdea[], after: readonly SnapshotIdea[]): Array<[SnapshotIdea, SnapshotIdea]> {
  return matchIdeas(before, after).map(({ old, cur }) => [old, cur]);
}

/** One idea found again: `sure` unless another idea of the other snapshot matched it as well. */
export interface IdeaMatch {
  old: SnapshotIdea;
  cur: SnapshotIdea;
  /** No other idea was as good a match, on either side. */
  sure: boolean;
  /** Ideas of `after` that matched `old` as well as `cur` did (empty when sure, or when the tie is on `cur`'s side). */
  alsoLike: SnapshotIdea[];
}

/**
 * Ideas whose key changed between two snapshots (a renamed heading, or a same-titled idea that took another's
 * key), with how sure each pairing is: a student's data follows only a sure one.
 */
export function renamedIdeas(before: readonly SnapshotIdea[], after: readonly SnapshotIdea[]): IdeaMatch[] {
  return matchIdeas(before, after).filter(({ old, cur }) => old.key !== cur.key);
}

function matchIdeas(before: readonly SnapshotIdea[], after: readonly SnapshotIdea[]): IdeaMatch[] {
  const matches: IdeaMatch[] = [];
  const oldLeft = new Set(before);
  const newLeft = new Set(after);
  type Candidate = { old: SnapshotIdea; cur: SnapshotIdea; score: number; distance: number };
  const take = (candidates: Candidate[]) => {
    candidates.sort((a, b) => b.score - a.score || a.distance - b.distance);
    for (const chosen of candidates) {
      const { old, cur, score } = chosen;
      if (!oldLeft.has(old) || !newLeft.has(cur)) continue;
      // Equally good and still free: the choice between them is a guess (here decided by place on the page).
      const rivals = candidates.filter(
        (c) => c !== chosen && c.score === score && (c.old === old ? newLeft.has(c.cur) : c.cur === cur && oldLeft.has(c.old)),
      );
      oldLeft.delete(old);
      newLeft.delete(cur);
      matches.push({ old, cur, sure: rivals.length === 0, alsoLike: rivals.filter((c) => c.old === old).map((c) => c.cur) });
    }
  };
  const position = (list: readonly SnapshotIdea[]) => new Map(list.map((idea, i) => [idea, i]));
  const oldPos = position(before);
  const newPos = position(after);
  const distance = (old: SnapshotIdea, cur: SnapshotIdea) => Math.abs(oldPos.get(old)! - newPos.get(cur)!);

  // 1. Same title: the same idea, whatever else changed. Among equal titles, the best match of place and body.
  const byTitle = new Map<string, SnapshotIdea[]>();
  for (const cur of after) byTitle.set(titleKey(cur.title), [...(byTitle.get(titleKey(cur.title)) ?? []), cur]);
  const sameTitle = [];
  for (const old of before) {
    for (const cur of byTitle.get(titleKey(old.title)) ?? []) {
      sameTitle.push({ old, cur, score: (old.key === cur.key ? 1 : 0) + likeness(old, cur), distance: distance(old, cur) });
    }
  }
  take(sameTitle);

  // 2. Renamed headings: what is left, paired by body.
  const renames = [];
  for (const old of oldLeft) {
    for (const cur of newLeft) {
      const score = renameScore(old, cur);
      if (score > 0) renames.push({ old, cur, score, distance: distance(old, cur) });
    }
  }
  take(renames);
  return matches;
}

/** How alike two ideas with the same title are: same place, then each equal field. */
function likeness(old: SnapshotIdea, cur: SnapshotIdea): number {
  let score = 0;
  if (old.section === cur.section) score += 2;
  if (old.category === cur.category) score += 4;
  for (const name of Object.keys(SNAPSHOT_FIELDS) as SnapshotField[]) if (old.fields[name].hash === cur.fields[name].hash) score++;
  return score;
}

/** > 0 when an idea under another title is the same idea renamed; higher is surer. */
function renameScore(old: SnapshotIdea, cur: SnapshotIdea): number {
  const same = (name: SnapshotField) => old.fields[name].value !== '' && old.fields[name].hash === cur.fields[name].hash;
  const similarTitle = wordOverlap(old.title, cur.title);
  if (same('description')) return 3 + (same('contacts') ? 1 : 0) + similarTitle;
  if (same('contacts') && (same('inserted') || same('outcomes') || similarTitle >= 0.5)) return 1 + similarTitle;
  return 0;
}

/** Jaccard overlap of the titles' words, 0..1. */
function wordOverlap(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  const union = x.size + y.size - common;
  return union ? common / union : 0;
}
