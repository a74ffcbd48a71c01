// Hiding ideas in the wiki's own DOM (jsdom): ideas, emptied section/category headings and TOC entries go,
// and clearing gives back exactly the page that was served.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanPage } from '../../lib/parse/index';
import { syntheticIdeasPage } from '../../scripts/bench-page';
import { createFilterVisibility } from '../../entrypoints/content/page/filter-visibility';
import { createNearViewport, LONG_PAGE_IDEAS } from '../../entrypoints/content/page/near-viewport';
import { addPageStylesheet, FAR_ATTR, HIDDEN_ATTR, PAGE_STYLE_ID } from '../../entrypoints/content/page/page-stylesheet';
import { TOC_DELAY_MS } from '../../entrypoints/content/page/toc-visibility';

const URL_ = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects';

/** The page's stylesheet, which ideas are near, and the filters' visibility, as the content script builds them. */
function createPageVisibility(scan: ReturnType<typeof scanPage>, doc: Document) {
  const removeStylesheet = addPageStylesheet(doc);
  const near = createNearViewport(scan);
  const visibility = createFilterVisibility(scan, near, doc);
  return {
    ...visibility,
    dispose() {
      visibility.dispose();
      near.dispose();
      removeStylesheet();
    },
  };
}

function load(fixture: string) {
  const doc = new JSDOM(readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), 'utf8'), { url: URL_ }).window.document;
  const scan = scanPage(doc, URL_);
  return { doc, scan, visibility: createPageVisibility(scan, doc) };
}

const content = (doc: Document) => doc.querySelector('.mw-parser-output')!.outerHTML;
const hidden = (element: Element | null | undefined) => element?.hasAttribute(HIDDEN_ATTR);
const tocEntry = (doc: Document, title: string) => [...doc.querySelectorAll('#toc li')].find((li) => li.querySelector('.toctext')?.textContent === title);
const keyOf = (scan: ReturnType<typeof scanPage>, title: string) => scan.ideas.find((idea) => idea.title === title)!.key;

for (const fixture of ['outreach-vector-mw1.31.html', 'outreach-vector2022-mw1.44.html']) {
  describe(`page visibility (${fixture})`, () => {
    it('hides an idea\'s heading and body, its TOC entry, and headings left empty', () => {
      const { doc, scan, visibility } = load(fixture);
      const fuzz = keyOf(scan, 'Fuzz testing Xen with Mirage');
      visibility.apply(new Set([fuzz]));

      const kdd = scan.nodes.get(keyOf(scan, 'KDD (Windows Debugger Stub) enhancements'))!;
      expect(hidden(kdd.heading)).toBe(true);
      expect(kdd.blocks.every((block) => hidden(block))).toBe(true);
      const shown = scan.nodes.get(fuzz)!;
      expect(hidden(shown.heading)).toBe(false);
      expect(shown.blocks.some((block) => hidden(block))).toBe(false);

      const heading = (id: string) => doc.getElementById(id)!.closest('.mw-heading') ?? doc.getElementById(id)!.closest('h1,h2,h3,h4,h5,h6');
      const toc = (title: string) => tocEntry(doc, title);
      expect(hidden(heading('Mirage_OS'))).toBe(false);
      expect(hidden(heading('List_of_projects_that_need_more_work'))).toBe(true);
      expect(hidden(heading('XAPI'))).toBe(true);
      expect(hidden(toc('KDD (Windows Debugger Stub) enhancements'))).toBe(true);
      expect(hidden(toc('Fuzz testing Xen with Mirage'))).toBe(false);
      expect(hidden(toc('XAPI'))).toBe(true);
      expect(hidden(toc('Mirage OS'))).toBe(false);
      // Headings that hold no idea at all are not ours to hide.
      expect(hidden(heading('New_Project_Ideas'))).toBe(false);
    });

    it('restores the page exactly when the filters are cleared, and touches only what changed', () => {
      const { doc, scan, visibility } = load(fixture);
      const before = content(doc);
      const keys = scan.ideas.map((idea) => idea.key);
      visibility.apply(new Set(keys.slice(0, 3)));
      expect(content(doc)).not.toBe(before);

      const observer = new doc.defaultView!.MutationObserver(() => {});
      observer.observe(doc.body, { attributes: true, subtree: true });
      visibility.apply(new Set(keys.slice(0, 4)));
      const touched = new Set(observer.takeRecords().map((record) => record.target));
      const elementsOf = (key: string) => [scan.nodes.get(key)!.heading, ...scan.nodes.get(key)!.blocks];
      expect(elementsOf(keys[3]).every((element) => touched.has(element))).toBe(true);
      const untouched = keys.filter((key) => key !== keys[3]).flatMap(elementsOf);
      expect(untouched.filter((element) => touched.has(element))).toEqual([]);
      observer.disconnect();

      visibility.apply(null);
      expect(content(doc)).toBe(before);
      expect(doc.getElementById(PAGE_STYLE_ID)).not.toBeNull();
      visibility.dispose();
      expect(doc.getElementById(PAGE_STYLE_ID)).toBeNull();
    });

    it('finds the idea a page element belongs to', () => {
      const { doc, scan, visibility } = load(fixture);
      const key = keyOf(scan, 'Mirage OS web stack testing');
      const body = scan.nodes.get(key)!.blocks[0];
      expect(visibility.ideaOf(body.querySelector('td, div, p') ?? body)).toBe(key);
      expect(visibility.ideaOf(doc.getElementById('toc')!)).toBeNull();
    });
  });
}

describe('page visibility on a long page', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('keeps every far idea\'s body out of layout from the first change that hides an idea', () => {
    // Long pages watch which ideas are near the viewport; none comes near here.
    vi.stubGlobal('IntersectionObserver', class { observe() {} disconnect() {} });
    const html = syntheticIdeasPage(LONG_PAGE_IDEAS).replace(/ style="[^"]*"/g, '');
    const doc = new JSDOM(html, { url: URL_ }).window.document;
    const scan = scanPage(doc, URL_);
    const visibility = createPageVisibility(scan, doc);
    const keys = scan.ideas.map((idea) => idea.key);
    const far = (key: string) => {
      const { heading, blocks } = scan.nodes.get(key)!;
      return { heading: heading.hasAttribute(FAR_ATTR), blocks: blocks.map((block) => block.hasAttribute(FAR_ATTR)) };
    };
    const blocksOf = (key: string) => scan.nodes.get(key)!.blocks.map(() => true);

    visibility.apply(new Set(keys));
    expect(doc.querySelectorAll(`[${FAR_ATTR}]`)).toHaveLength(0);

    visibility.apply(new Set(keys.slice(1)));
    // The hidden idea whole; the others by their bodies (their headings stay as the page laid them out).
    expect(far(keys[0])).toEqual({ heading: true, blocks: blocksOf(keys[0]) });
    expect(far(keys[1])).toEqual({ heading: false, blocks: blocksOf(keys[1]) });
    expect(far(keys.at(-1)!)).toEqual({ heading: false, blocks: blocksOf(keys.at(-1)!) });

    visibility.dispose();
  });

  it('lets the table of contents follow a lone change at once, and typing once it pauses', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // Long pages watch which ideas are near the viewport; none comes near here.
    vi.stubGlobal('IntersectionObserver', class { observe() {} disconnect() {} });
    // Without the template's style attributes, which jsdom would parse one by one and nothing here reads.
    const html = syntheticIdeasPage(LONG_PAGE_IDEAS).replace(/ style="[^"]*"/g, '');
    const doc = new JSDOM(html, { url: URL_ }).window.document;
    const before = content(doc);
    const scan = scanPage(doc, URL_);
    const visibility = createPageVisibility(scan, doc);
    const [first, second] = scan.ideas;
    const heading = (idea: typeof first) => scan.nodes.get(idea.key)!.heading;
    const toc = (idea: typeof first) => tocEntry(doc, idea.title);

    visibility.apply(new Set([first.key]));
    expect(hidden(toc(second))).toBe(true);

    vi.advanceTimersByTime(TOC_DELAY_MS / 4);
    visibility.apply(new Set([second.key]));
    // The ideas follow every change; the TOC waits while they come this close together.
    expect(hidden(heading(first))).toBe(true);
    expect(hidden(heading(second))).toBe(false);
    expect(hidden(toc(first))).toBe(false);
    expect(hidden(toc(second))).toBe(true);
    vi.advanceTimersByTime(TOC_DELAY_MS / 2);
    visibility.apply(new Set([first.key, second.key]));
    vi.advanceTimersByTime(TOC_DELAY_MS - 1);
    expect(hidden(toc(first))).toBe(false);
    vi.advanceTimersByTime(1);
    expect(hidden(toc(first))).toBe(false);
    expect(hidden(toc(second))).toBe(false);
    expect(hidden(toc(scan.ideas[2]))).toBe(true);

    // After a pause, at once again: everything is back (far ideas keep the mark that keeps them out of layout).
    vi.advanceTimersByTime(TOC_DELAY_MS);
    visibility.apply(null);
    expect(hidden(toc(scan.ideas[2]))).toBe(false);

    // A change that hid nothing (the first letter typed matched every idea) is typing too: the next one waits.
    vi.advanceTimersByTime(TOC_DELAY_MS);
    visibility.apply(new Set(scan.ideas.map((idea) => idea.key)));
    vi.advanceTimersByTime(TOC_DELAY_MS / 4);
    visibility.apply(new Set([first.key]));
    expect(hidden(heading(second))).toBe(true);
    expect(hidden(toc(second))).toBe(false);
    vi.advanceTimersByTime(TOC_DELAY_MS);
    expect(hidden(toc(second))).toBe(true);
    visibility.apply(null);
    vi.advanceTimersByTime(TOC_DELAY_MS);
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).toHaveLength(0);
    for (const far of doc.querySelectorAll(`[${FAR_ATTR}]`)) far.removeAttribute(FAR_ATTR);
    expect(content(doc)).toBe(before);
  });
});
