// Builds the page its features work on: the parse (or a long page's kept scan), the shared services, the features
// (critical ones first), then the panel and the tools at the headings near the viewport, added to the page
// together. A short page is read and built in the task that finds its content complete, so the page is laid out
// and painted once, with everything of ours in it; a long page is laid out while it is parsed anyway, and is placed
// from its kept scan (read from storage) when it has one.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelSection } from '../../components/Panel';
import { findSubjectTag } from '../../lib/draft-template';
import { FilterStore } from '../../lib/filter-store';
import { isCurrentView } from '../../lib/page-id';
import { contentRoot } from '../../lib/parse/headings';
import { scanPage, type ScannedPage } from '../../lib/parse/index';
import { HEADINGS } from '../../lib/parse/wiki-markup';
import { introductionText } from '../../lib/parse/introduction';
import { FEATURES } from './features';
import type { Feature, IdeasPage } from './page';
import { createFilterVisibility } from './page/filter-visibility';
import { createHeadingTools } from './page/heading-tools';
import { loadFuse } from './page/load-fuse';
import { mountPanel } from './page/mount-panel';
import { createNearViewport } from './page/near-viewport';
import { addPageStylesheet } from './page/page-stylesheet';
import { openScanCache } from './page/scan-cache';
import { createSearchFocus } from './page/search-focus';
import { createSectionFolds } from './page/section-folds';
import { createVisitState } from './page/visit-state';

/** From this many headings on, a page is long: its scan is kept, and placed from storage on the next load. */
export const LONG_PAGE_HEADINGS = 100;

/** Call in the task that finds the article complete: a short page is then built before its first layout. */
export async function startIdeasPage(ctx: ContentScriptContext, pageId: string): Promise<void> {
  const long = contentRoot(document).querySelectorAll(HEADINGS).length >= LONG_PAGE_HEADINGS;
  const cache = long ? await openScanCache(document, location.href, pageId) : null;
  if (ctx.isInvalid) return;
  const scan = cache?.reused ?? scanPage(document, location.href);
  if (!scan.ideas.length) return;
  // Only the page as it is now is kept: not an old revision, a diff or an edit preview.
  const page = createIdeasPage(ctx, scan, pageId, cache && isCurrentView(location.href) ? cache.keep(scan) : Promise.resolve(null));
  const features = [...FEATURES].sort((a, b) => Number(!!b.critical) - Number(!!a.critical));
  for (const feature of features) start(feature, page);
  // The tools first: which headings are near is read from the page's layout before the panel changes it.
  page.headingTools.start();
  mountPanel(ctx, scan, page.panelSections, () => page.searchFocus.focus());
}

function createIdeasPage(ctx: ContentScriptContext, scan: ScannedPage, pageId: string, keptScan: IdeasPage['keptScan']): IdeasPage & { panelSections: PanelSection[] } {
  const removeStylesheet = addPageStylesheet(document);
  const near = createNearViewport(scan);
  const visibility = createFilterVisibility(scan, near);
  const filters = new FilterStore(scan.ideas, loadFuse);
  const panelSections: PanelSection[] = [];
  let subjectTag: string | undefined;
  ctx.onInvalidated(() => {
    visibility.dispose();
    near.dispose();
    removeStylesheet();
  });
  return {
    ctx,
    scan,
    pageId,
    keptScan,
    filters,
    visibility,
    near,
    headingTools: createHeadingTools(ctx, scan, near),
    visits: createVisitState(scan),
    searchFocus: createSearchFocus(),
    folds: createSectionFolds(),
    panelSections,
    addPanelSection(section) {
      panelSections.push(section);
      panelSections.sort((a, b) => a.order - b.order);
    },
    reveal(ideaKey, { scroll = true } = {}) {
      filters.clearWhatHides(ideaKey);
      near.bringNear(ideaKey);
      if (scroll) scan.nodes.get(ideaKey)?.heading.scrollIntoView({ block: 'start' });
    },
    subjectTag() {
      subjectTag ??= findSubjectTag(introductionText(document, scan.ideasStart)) ?? '';
      return subjectTag;
    },
  };
}

function start(feature: Feature, page: IdeasPage) {
  try {
    feature.init(page);
  } catch (error) {
    console.warn(`Idea Scout: ${feature.name} failed to start`, error);
  }
}
