// A synchronous copy of each draft being typed, in the extension origin's own localStorage (extension pages
// ARE that origin; the wiki cannot read it). A save through the background is asynchronous and may not finish
// when the page closes; this copy is written before the keystroke's handler returns, and the next extension
// page to open saves whatever the background did not get.
import * as z from 'zod/mini';
import { Draft } from './draft';

const PREFIX = 'idea-scout:draft-copy:';

export const EmergencyCopy = z.object({
  id: Draft.shape.id,
  pageId: Draft.shape.pageId,
  ideaKey: Draft.shape.ideaKey,
  title: Draft.shape.title,
  text: Draft.shape.text,
  subjectTag: Draft.shape.subjectTag,
  editedAt: Draft.shape.updatedAt,
});
export type EmergencyCopy = z.infer<typeof EmergencyCopy>;

export interface EmergencyCopies {
  /** Throws what localStorage throws (a full quota): the caller shows it. */
  write(copy: EmergencyCopy): void;
  read(id: string): EmergencyCopy | null;
  /** Forget the copy once the background holds an edit at least as new as it. */
  clearUpTo(id: string, savedEditAt: string): void;
  all(): EmergencyCopy[];
}

export function emergencyCopies(storage: Storage = localStorage): EmergencyCopies {
  const read = (key: string): EmergencyCopy | null => {
    try {
      const parsed = EmergencyCopy.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
      return parsed.success ? parsed.data : null;
    } catch {
      return null; // not JSON: not ours to keep
    }
  };
  return {
    write(copy) {
      storage.setItem(PREFIX + copy.id, JSON.stringify(copy));
    },
    read: (id) => read(PREFIX + id),
    clearUpTo(id, savedEditAt) {
      const copy = read(PREFIX + id);
      if (copy && Date.parse(copy.editedAt) <= Date.parse(savedEditAt)) storage.removeItem(PREFIX + id);
    },
    all() {
      const copies: EmergencyCopy[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        const copy = key?.startsWith(PREFIX) ? read(key) : null;
        if (copy) copies.push(copy);
      }
      return copies;
    },
  };
}
