// The ranked list, reordered by dragging an item's handle, by its Move up / Move down buttons, or by Alt+Up /
// Alt+Down; each move is announced. The new order shows at once and is then saved.
import type { TargetedDragEvent } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Bookmark } from '../../lib/bookmark';
import type { Draft } from '../../lib/draft';
import { errorMessage } from '../../lib/errors';
import { ShortlistItem, type ItemActions } from './ShortlistItem';

export interface ListActions extends ItemActions {
  /** Put the shortlist in this order (bookmark ids). */
  reorder: (ids: string[]) => Promise<unknown>;
}

interface Props {
  bookmarks: Bookmark[];
  drafts: Map<string, Draft>;
  selectedId: string | null;
  actions: ListActions;
  onSelect: (id: string) => void;
  /** Show an order before the background confirms it. */
  onLocalOrder: (bookmarks: Bookmark[]) => void;
}

function moveTo(list: Bookmark[], id: string, index: number): Bookmark[] {
  const from = list.findIndex((b) => b.id === id);
  if (from < 0) return list;
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(index, next.length)), 0, moved);
  // Ranks follow the new positions, so sorting by rank keeps this order until the background answers.
  return next.map((b, i) => ({ ...b, rank: i + 1 }));
}

export function ShortlistList({ bookmarks, drafts, selectedId, actions, onSelect, onLocalOrder }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<{ id: string; after: boolean } | null>(null);
  const refocus = useRef<{ id: string; control: 'up' | 'down' | null } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // Moving a DOM node loses its focus: put it back on the control that was used.
  useLayoutEffect(() => {
    const target = refocus.current;
    if (!target || !listRef.current) return;
    refocus.current = null;
    const item = [...listRef.current.querySelectorAll<HTMLElement>('li[data-id]')].find((li) => li.dataset.id === target.id);
    const wanted = target.control && item?.querySelector<HTMLButtonElement>(`.move-${target.control}`);
    const fallback = item?.querySelector<HTMLButtonElement>('.move button:not([disabled])');
    (wanted && !wanted.disabled ? wanted : (fallback ?? item?.querySelector<HTMLElement>('a')))?.focus();
  });

  const commit = (next: Bookmark[], movedId: string) => {
    const previous = bookmarks;
    const position = next.findIndex((b) => b.id === movedId) + 1;
    const moved = next[position - 1];
    onLocalOrder(next);
    setAnnouncement(`${moved.title} moved to position ${position} of ${next.length}.`);
    setError(null);
    actions.reorder(next.map((b) => b.id)).catch((e: unknown) => {
      onLocalOrder(previous);
      setError(`The new order was not saved: ${errorMessage(e)}`);
    });
  };

  const onMove = (id: string, by: -1 | 1, control: 'up' | 'down' | null) => {
    const from = bookmarks.findIndex((b) => b.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= bookmarks.length) return;
    refocus.current = { id, control };
    commit(moveTo(bookmarks, id, to), id);
  };

  // The drag in progress lives in refs (events come faster than renders); state only draws the markers.
  const dragged = useRef<string | null>(null);
  const target = useRef<{ id: string; after: boolean } | null>(null);
  const endDrag = () => {
    dragged.current = null;
    target.current = null;
    setDragging(null);
    setDropAt(null);
  };
  const drag = (id: string) => ({
    onDragStart(e: TargetedDragEvent<HTMLElement>, which: string) {
      dragged.current = which;
      if (e.dataTransfer) {
        e.dataTransfer.setData('text/plain', which);
        e.dataTransfer.effectAllowed = 'move';
        const item = e.currentTarget.closest('li');
        if (item) e.dataTransfer.setDragImage(item, 16, 16);
      }
      // Styling the dragged item during dragstart makes Chrome cancel the drag: do it on the next task.
      setTimeout(() => dragged.current === which && setDragging(which), 0);
    },
    onDragOver(e: TargetedDragEvent<HTMLElement>, over: string) {
      if (!dragged.current) return;
      e.preventDefault(); // allows the drop here
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
      const box = e.currentTarget.getBoundingClientRect();
      const after = e.clientY > box.top + box.height / 2;
      if (target.current?.id !== over || target.current.after !== after) {
        target.current = { id: over, after };
        setDropAt(target.current);
      }
    },
    onDrop(e: TargetedDragEvent<HTMLElement>) {
      e.preventDefault();
      const which = dragged.current;
      const at = target.current;
      endDrag();
      if (!which || !at || at.id === which) return;
      const without = bookmarks.filter((b) => b.id !== which);
      const index = without.findIndex((b) => b.id === at.id) + (at.after ? 1 : 0);
      const next = moveTo(bookmarks, which, index);
      if (next.some((b, i) => b.id !== bookmarks[i].id)) commit(next, which);
    },
    onDragEnd: endDrag,
    marker: dropAt?.id === id && dragging !== id ? (dropAt.after ? ('after' as const) : ('before' as const)) : null,
    dragging: dragging === id,
  });

  return (
    <>
      <ol class="shortlist" aria-label="Shortlist" ref={listRef}>
        {bookmarks.map((bookmark, index) => (
          <ShortlistItem
            key={bookmark.id}
            bookmark={bookmark}
            position={index + 1}
            count={bookmarks.length}
            draft={drafts.get(bookmark.id)}
            selected={bookmark.id === selectedId}
            actions={actions}
            onSelect={onSelect}
            onMove={onMove}
            drag={drag(bookmark.id)}
          />
        ))}
      </ol>
      <p class="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
