// Keeps the page URL's `scout` parameter in step with the filters (see lib/filter-url.ts), so a reload keeps
// them and the address bar is a link to share. history.replaceState: no new history entry per keystroke, no
// navigation, the wiki's #fragment untouched. Typing is written once it pauses; toggles at once.
import { encodeFilters, urlWithFilters } from '../../../lib/filter-url';
import type { FilterState } from '../../../lib/filter';

const TYPING_PAUSE_MS = 400;

export function createFilterUrlSync(current: () => FilterState): { changed(): void; flush(): void; dispose(): void } {
  let written = encodeFilters(current());
  let writtenQuery = current().query;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function write() {
    clearTimeout(timer);
    timer = undefined;
    const state = current();
    const value = encodeFilters(state);
    writtenQuery = state.query;
    if (value === written) return;
    written = value;
    try {
      history.replaceState(history.state, '', urlWithFilters(location.href, state));
    } catch (error) {
      // Browsers throttle replaceState when called too often; the next change writes the URL again.
      console.warn('Idea Scout: could not put the filters in the URL', error);
    }
  }

  const flush = () => {
    if (timer !== undefined) write();
  };
  addEventListener('pagehide', flush);

  return {
    changed() {
      const state = current();
      if (state.query !== writtenQuery && encodeFilters({ ...state, query: writtenQuery }) === written) {
        clearTimeout(timer); // only the query moved: wait for a pause in typing
        timer = setTimeout(write, TYPING_PAUSE_MS);
      } else {
        write();
      }
    },
    flush,
    dispose() {
      clearTimeout(timer);
      removeEventListener('pagehide', flush);
    },
  };
}
