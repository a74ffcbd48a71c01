// Builds the page its features work on: the parse (or the page's kept scan), the shared services, the features
// (critical ones first), then the panel and the tools at the headings near the viewport, added to the page
// together so that it is laid out again once.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelSection } from '../../components/Panel';
import { findSubjectTag } from '../../lib/draft-template';
import { FilterStore } from '../../lib/filter-store';
import { isCurrentView } from '../../lib/page-id';
import { scanPage, type ScannedPage } from '../../lib/parse/index';
import { introductionText } from '../../lib/parse/introduction';
import { FEATURES } from './features';
import type { KeptScanStart } from './kept-scan-request';
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

/** `keptScan`: the request for the page's kept scan, asked by the loader alongside this module's import. */
export async function startIdeasPage(ctx: ContentScriptContext, pageId: string, keptScan: Promise<KeptScanStart>): Promise<void> {
  const cache = await openScanCache(document, location.href, pageId, keptScan);
  if (ctx.isInvalid) return;
  const scan = cache.reused ?? scanPage(document, location.href);
  if (!scan.ideas.length) return;
  // Only the page as it is now is kept: not an old revision, a diff or an edit preview.
  const page = createIdeasPage(ctx, scan, pageId, isCurrentView(location.href) ? cache.keep(scan) : Promise.resolve(null));
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
