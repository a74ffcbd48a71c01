// Each idea's heading gets a small shadow root for the widgets features contribute (bookmark, chips, badges), and
// the decorations features contribute (review comment marks) are put into its body. Only the ideas near the
// viewport get them at start (all of them, on a short page), the others as they come near.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Idea } from '../../../lib/idea';
import type { ScannedPage } from '../../../lib/parse/index';
import headingCss from './heading-tools.css?inline';
import type { NearViewport } from './near-viewport';
import { sharedStyles } from './shadow-styles';

export interface HeadingWidget {
  id: string;
  /** Lower comes first. */
  order: number;
  /**
   * Fills `slot` (an element of its own at the widget's place, `display: contents`) for one idea, with plain DOM
   * (components/dom.ts): a long page has a thousand headings. Returns what stops its subscriptions, if any.
   */
  mount(slot: HTMLElement, idea: Idea): (() => void) | void;
}

/** Puts something of ours into an idea's part of the wiki page (a mark beside each review comment). */
export type IdeaDecoration = (idea: Idea) => void;

export interface HeadingTools {
  addWidget(widget: HeadingWidget): void;
  addDecoration(decoration: IdeaDecoration): void;
  /** Mounts the tools of the ideas near the viewport, and from then on of each idea that comes near. */
  start(): void;
  /** Mounts the idea's tools now if they are not yet (before taking the reader there). */
  mountNow(ideaKey: string): void;
}

export function createHeadingTools(ctx: ContentScriptContext, scan: ScannedPage, near: NearViewport): HeadingTools {
  const widgets: HeadingWidget[] = [];
  const decorations: IdeaDecoration[] = [];
  const styles = sharedStyles(headingCss);
  const byKey = new Map(scan.ideas.map((idea) => [idea.key, idea]));
  const mounted = new Set<string>();

  function mount(key: string) {
    const idea = byKey.get(key);
    if (!idea || mounted.has(key) || ctx.isInvalid) return;
    mounted.add(key);
    if (widgets.length) mountWidgets(ctx, scan.nodes.get(key)!.heading, idea, widgets, styles);
    for (const decorate of decorations) {
      try {
        decorate(idea);
      } catch (error) {
        console.warn('Idea Scout: could not mark up an idea', error);
      }
    }
  }

  return {
    addWidget(widget) {
      widgets.push(widget);
      widgets.sort((a, b) => a.order - b.order);
    },
    addDecoration: (decoration) => decorations.push(decoration),
    start() {
      for (const key of near.nearNow()) mount(key);
      ctx.onInvalidated(near.onNear(mount));
    },
    mountNow: mount,
  };
}

function mountWidgets(ctx: ContentScriptContext, heading: Element, idea: Idea, widgets: readonly HeadingWidget[], styles: (shadow: ShadowRoot) => void) {
  const host = document.createElement('idea-scout-heading');
  host.dataset.ideaKey = idea.key;
  const shadow = host.attachShadow({ mode: 'open' });
  styles(shadow);
  const container = document.createElement('div');
  container.className = 'widgets';
  const stops: Array<() => void> = [];
  for (const widget of widgets) {
    const slot = document.createElement('span');
    slot.className = 'slot';
    container.append(slot);
    try {
      const stop = widget.mount(slot, idea);
      if (stop) stops.push(stop);
    } catch (error) {
      console.warn(`Idea Scout: the ${widget.id} widget failed at "${idea.title}"`, error);
    }
  }
  shadow.append(container);
  heading.after(host);
  ctx.onInvalidated(() => {
    for (const stop of stops) stop();
    host.remove();
  });
}
