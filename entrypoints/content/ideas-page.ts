// What every in-page feature gets: the parsed page, the places to contribute UI, and the content-script
// context whose signal ends with the page (or when the extension is reloaded).
import type { ComponentType } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FilterStore } from '../../lib/filter-store';
import type { Idea } from '../../lib/idea';
import type { KeptVersion } from '../../lib/kept-scan';
import { findSubjectTag } from '../../lib/draft-template';
import type { ScannedPage } from '../../lib/parse/index';
import { introductionText } from '../../lib/parse/introduction';
import { loadFuse } from './load-fuse';
import { createPageVisibility, type PageVisibility } from './page-visibility';

export interface PanelSection {
  id: string;
  /** Lower comes first. */
  order: number;
  Component: ComponentType<{ page: IdeasPage }>;
}

export interface HeadingWidget {
  id: string;
  order: number;
  /**
   * Fills `slot` (an element of its own at the widget's place, `display: contents`) for one idea, with plain
   * DOM (components/dom.ts): a long page has a thousand headings. Returns what stops its subscriptions, if any.
   */
  mount(slot: HTMLElement, idea: Idea): (() => void) | void;
}

/**
 * Puts something of ours into an idea's part of the wiki page (a mark beside each review comment). Run when the
 * idea's tools are mounted: at once on a short page, as the idea comes near the viewport on a long one.
 */
export type IdeaDecoration = (idea: Idea) => void;

export interface IdeasPage {
  ctx: ContentScriptContext;
  scan: ScannedPage;
  /** The wiki page's identity, the same on both hosts (see lib/page-id.ts). */
  pageId: string;
  /**
   * Which kept scan of this page (lib/kept-scan.ts) is this load's, once it is in the extension's storage; null
   * when it is not kept.
   */
  keptScan: Promise<KeptVersion | null>;
  panelSections: PanelSection[];
  headingWidgets: HeadingWidget[];
  ideaDecorations: IdeaDecoration[];
  addPanelSection(section: PanelSection): void;
  addHeadingWidget(widget: HeadingWidget): void;
  addIdeaDecoration(decoration: IdeaDecoration): void;
  /** Mounts the idea's heading tools and decorations now if they are not yet (before taking the reader there). */
  mountIdeaTools(ideaKey: string): void;
  /** The student's filters and what they show (search hits, counts); shared by every feature. */
  filters: FilterStore;
  /** Shows and hides the wiki's elements for the filters, and tells which ideas are near the viewport. */
  visibility: PageVisibility;
  /**
   * Shows the idea again if filters hide it (clearing just the filters that do), then scrolls its heading to the
   * top of the view unless `scroll` is false.
   */
  reveal(ideaKey: string, options?: { scroll?: boolean }): void;
  /** Brings the panel's search box into view and focuses it (a no-op until the search box is mounted). */
  focusSearch(): void;
  /** The tag the page asks applicants to put in mail subjects ("OPW 2014"), or '' (read once, when first asked). */
  subjectTag(): string;
}

export interface Feature {
  /** Named for what the user sees. */
  name: string;
  init(page: IdeasPage): void;
}

export function createIdeasPage(ctx: ContentScriptContext, scan: ScannedPage, pageId: string, keptScan: Promise<KeptVersion | null>): IdeasPage {
  const page: IdeasPage = {
    ctx,
    scan,
    pageId,
    keptScan,
    panelSections: [],
    headingWidgets: [],
    ideaDecorations: [],
    addPanelSection(section) {
      page.panelSections.push(section);
      page.panelSections.sort((a, b) => a.order - b.order);
    },
    addHeadingWidget(widget) {
      page.headingWidgets.push(widget);
      page.headingWidgets.sort((a, b) => a.order - b.order);
    },
    addIdeaDecoration(decoration) {
      page.ideaDecorations.push(decoration);
    },
    mountIdeaTools() {},
    filters: new FilterStore(scan.ideas, loadFuse),
    visibility: createPageVisibility(scan),
    reveal(ideaKey, { scroll = true } = {}) {
      page.filters.clearWhatHides(ideaKey);
      page.visibility.bringNear(ideaKey);
      if (scroll) scan.nodes.get(ideaKey)?.heading.scrollIntoView({ block: 'start' });
    },
    focusSearch() {},
    subjectTag() {
      subjectTag ??= findSubjectTag(introductionText(document, scan.ideasStart)) ?? '';
      return subjectTag;
    },
  };
  let subjectTag: string | undefined;
  ctx.onInvalidated(() => page.visibility.dispose());
  return page;
}
