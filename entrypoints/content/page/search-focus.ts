// Taking the reader to the panel's search box: the "/" shortcut and the "back to the filters" button use it; the
// search feature hands it the box once the panel shows it.
export interface SearchFocus {
  /** The search box, and what gets the first keystroke ready (called as it takes focus). */
  attach(input: HTMLInputElement, prepare: () => void): void;
  /** Brings the search box into view and focuses it (nothing until it is attached). */
  focus(): void;
}

export function createSearchFocus(): SearchFocus {
  let attached: { input: HTMLInputElement; prepare: () => void } | null = null;
  return {
    attach(input, prepare) {
      attached = { input, prepare };
    },
    focus() {
      if (!attached) return;
      const { input, prepare } = attached;
      input.scrollIntoView({ block: 'center' });
      input.focus({ preventScroll: true });
      prepare();
    },
  };
}
