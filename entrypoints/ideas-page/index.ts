// The ideas page's code as a module of its own: the content script (entrypoints/content/index.ts) imports it only on
// pages with ideas. wxt.config.ts builds it as an ES module whose default export is what `main` returns.
import { startIdeasPage } from '../content/ideas-page';

export default defineUnlistedScript(() => startIdeasPage);
