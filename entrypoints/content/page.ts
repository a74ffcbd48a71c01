// What every in-page feature gets: the parsed page and the services the page builds for its features. The content
// script's context ends with the page (or when the extension is reloaded); features clean up through it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelSection } from '../../components/Panel';
import type { FilterStore } from '../../lib/filter-store';
import type { KeptVersion } from '../../lib/kept-scan';
import type { ScannedPage } from '../../lib/parse/index';
import type { FilterVisibility } from './page/filter-visibility';
import type { HeadingTools } from './page/heading-tools';
import type { NearViewport } from './page/near-viewport';
import type { SearchFocus } from './page/search-focus';
import type { SectionFolds } from './page/section-folds';
import type { VisitState } from './page/visit-state';

export interface IdeasPage {
  ctx: ContentScriptContext;
  scan: ScannedPage;
  /** The wiki page's identity, the same on both hosts (see lib/page-id.ts). */
  pageId: string;
  /** Which kept scan of this page (lib/kept-scan.ts) is this load's, once it is in storage; null when not kept. */
  keptScan: Promise<KeptVersion | null>;
  /** The student's filters and what they show (search hits, counts). */
  filters: FilterStore;
  /** Hides and shows the wiki's elements for the filters. */
  visibility: FilterVisibility;
  near: NearViewport;
  headingTools: HeadingTools;
  /** What this load is compared with (since your last visit). */
  visits: VisitState;
  searchFocus: SearchFocus;
  /** Which folded panel sections the reader keeps open. */
  folds: SectionFolds;
  addPanelSection(section: PanelSection): void;
  /**
   * Shows the idea again if filters hide it (clearing just the filters that do), then scrolls its heading to the
   * top of the view unless `scroll` is false.
   */
  reveal(ideaKey: string, options?: { scroll?: boolean }): void;
  /** The tag the page asks applicants to put in mail subjects ("OPW 2014"), or '' (read once, when first asked). */
  subjectTag(): string;
}

export interface Feature {
  /** Named for what the user sees. */
  name: string;
  /** Started before the panel is shown, and first: what the reader needs at once (the search box). */
  critical?: boolean;
  init(page: IdeasPage): void;
}
