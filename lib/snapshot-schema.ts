// The shape of a page snapshot (lib/snapshot.ts) as the background checks it: a snapshot arrives from a content
// script, so every string and list in it is bounded. Kept apart from snapshot.ts so the content script, which
// only builds snapshots, does not carry zod.
import * as z from 'zod/mini';
import {
  COMMENT_CHARS,
  FIELD_NAMES,
  MAX_COMMENTS,
  MAX_IDEAS,
  VALUE_CHARS,
  type PageSnapshot as PageSnapshotType,
  type SnapshotField,
} from './snapshot';

const Short = (max: number) => z.string().check(z.maxLength(max));
const Hash = Short(16);

const FieldValue = z.object({ value: Short(VALUE_CHARS), hash: Hash });

const SnapshotComment = z.object({
  author: z.nullable(Short(256)),
  timestamp: z.nullable(Short(32)),
  field: Short(32),
  text: Short(COMMENT_CHARS),
  hash: Hash,
});

const SnapshotIdea = z.object({
  key: Short(512),
  title: Short(512),
  anchor: Short(1024),
  status: Short(32),
  section: Short(512),
  category: z.nullable(Short(512)),
  fields: z.record(z.enum(FIELD_NAMES as [SnapshotField, ...SnapshotField[]]), FieldValue),
  comments: z.array(SnapshotComment).check(z.maxLength(MAX_COMMENTS)),
  needs: z.array(Short(32)).check(z.maxLength(8)),
});

export const PageSnapshot = z.object({
  format: z.literal(1),
  page: z.object({ title: Short(512), url: Short(2048) }),
  ideas: z.array(SnapshotIdea).check(z.maxLength(MAX_IDEAS)),
});

// The schema and the interfaces describe the same data: a mismatch either way is a compile error.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaAgrees: Same<z.infer<typeof PageSnapshot>, PageSnapshotType> = true;
