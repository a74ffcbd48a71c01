// Which folded panel sections ("Review", "Since your last visit") the reader keeps open: one choice per section,
// remembered across pages and reloads in the extension's storage (never the wiki's origin). Until storage answers,
// sections are folded.
import { useEffect, useReducer } from 'preact/hooks';
import { browser } from 'wxt/browser';

const KEY = 'panel:openSections';

export interface SectionFolds {
  isOpen(id: string): boolean;
  setOpen(id: string, open: boolean): void;
  subscribe(listener: () => void): () => void;
}

export function createSectionFolds(): SectionFolds {
  let open = new Set<string>();
  let changedHere = false;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  browser.storage.local.get(KEY).then(
    (items) => {
      const stored = items[KEY];
      if (changedHere || !Array.isArray(stored)) return;
      open = new Set(stored.filter((id): id is string => typeof id === 'string'));
      if (open.size) emit();
    },
    (error: unknown) => console.warn('Idea Scout: could not read which panel sections are open', error),
  );
  return {
    isOpen: (id) => open.has(id),
    setOpen(id, isOpen) {
      if (open.has(id) === isOpen) return;
      changedHere = true;
      open = new Set(open);
      if (isOpen) open.add(id);
      else open.delete(id);
      emit();
      browser.storage.local.set({ [KEY]: [...open] }).catch((error: unknown) => console.warn('Idea Scout: could not remember the panel sections', error));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether section `id` is open, and how to open or fold it; re-renders when the choice changes. */
export function useFold(folds: SectionFolds, id: string): [boolean, (open: boolean) => void] {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const open = folds.isOpen(id);
  useEffect(() => {
    const stop = folds.subscribe(() => rerender(0));
    // Storage may have answered between the render and this subscription.
    if (folds.isOpen(id) !== open) rerender(0);
    return stop;
  }, [folds]);
  return [open, (next) => folds.setOpen(id, next)];
}
