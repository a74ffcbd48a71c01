// Every selector of the wiki's markup (lib/parse/wiki-markup.ts) against every saved rendering: what it finds in
// each, counted by hand from the files. When MediaWiki or a skin changes its markup, this says which selector broke.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isCommentIcon } from '../../lib/parse/fields';
import { contentRoot, findHeadings } from '../../lib/parse/headings';
import {
  CANONICAL_LINK,
  COMMENT_CONTAINER,
  COMMENT_ICON_CANDIDATES,
  EDIT_SECTION_CLASS,
  FILE_TYPEOF,
  FIRST_HEADING_ID,
  HEADINGS,
  HEADING_WRAPPER_CLASS,
  HEADLINE,
  INTRODUCTION_BLOCKS,
  REVISION_ID,
  THEME_CLASSES,
  TOC_CONTAINERS,
  TOC_LINKS,
} from '../../lib/parse/wiki-markup';

interface Expected {
  /** The content root found: the article's `.mw-parser-output` in every saved skin. */
  root: string;
  /** All h1–h6 in the document, the page title included. */
  headings: number;
  /** The article's headings (findHeadings: not the page title, not the TOC's own heading). */
  articleHeadings: number;
  wrappers: number;
  headlines: number;
  editLinks: number;
  tocs: number;
  tocLinks: number;
  canonical: boolean;
  revision: string | null;
  /** Parsoid's file wrappers (`typeof="mw:File…"`). */
  files: number;
  commentIcons: number;
  /** The blocks that hold those comments (their list item, paragraph…). */
  commentContainers: string[];
}

const RENDERINGS: Record<string, Expected> = {
  'outreach-vector-mw1.31.html': {
    root: 'DIV.mw-parser-output',
    headings: 43,
    articleHeadings: 39,
    wrappers: 0,
    headlines: 39,
    editLinks: 39,
    tocs: 1,
    tocLinks: 39,
    canonical: true,
    revision: '19112',
    files: 0,
    commentIcons: 3,
    commentContainers: ['LI', 'LI', 'P'],
  },
  'outreach-vector-mw1.31.rev2.html': {
    root: 'DIV.mw-parser-output',
    headings: 45,
    articleHeadings: 41,
    wrappers: 0,
    headlines: 41,
    editLinks: 41,
    tocs: 1,
    tocLinks: 41,
    canonical: true,
    revision: '19240',
    files: 0,
    commentIcons: 3,
    commentContainers: ['LI', 'LI', 'P'],
  },
  'outreach-vector2022-mw1.44.html': {
    root: 'DIV.mw-parser-output',
    headings: 41,
    articleHeadings: 39,
    wrappers: 39,
    headlines: 0,
    editLinks: 39,
    tocs: 1,
    tocLinks: 39,
    canonical: true,
    revision: '19230',
    files: 3,
    commentIcons: 3,
    commentContainers: ['LI', 'LI', 'P'],
  },
  'variants/monobook-dl-h3.html': {
    root: 'DIV.mw-parser-output',
    headings: 9,
    articleHeadings: 8,
    wrappers: 0,
    headlines: 8,
    editLinks: 2,
    tocs: 0,
    tocLinks: 0,
    canonical: true,
    revision: null,
    files: 0,
    commentIcons: 1,
    commentContainers: ['LI'],
  },
  'variants/paragraphs-h3.html': {
    root: 'DIV.mw-parser-output',
    headings: 5,
    articleHeadings: 4,
    wrappers: 4,
    headlines: 0,
    editLinks: 0,
    tocs: 0,
    tocLinks: 0,
    canonical: false,
    revision: null,
    files: 1,
    commentIcons: 2,
    commentContainers: ['LI', 'P'],
  },
};

function load(file: string): Document {
  return new JSDOM(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')).window.document;
}

const count = (within: ParentNode, selector: string) => within.querySelectorAll(selector).length;

for (const [file, expected] of Object.entries(RENDERINGS)) {
  describe(`the wiki's markup in ${file}`, () => {
    const doc = load(file);
    const root = contentRoot(doc);

    it('finds the article, its headings and their parts', () => {
      expect(`${root.tagName}.${root.className.split(' ').find((name) => name === 'mw-parser-output') ?? root.id}`).toBe(expected.root);
      expect(count(doc, HEADINGS)).toBe(expected.headings);
      expect(doc.getElementById(FIRST_HEADING_ID)?.matches(HEADINGS)).toBe(true);
      expect(findHeadings(root)).toHaveLength(expected.articleHeadings);
      expect(count(doc, `.${HEADING_WRAPPER_CLASS}`)).toBe(expected.wrappers);
      expect(count(root, HEADLINE)).toBe(expected.headlines);
      expect(count(doc, `.${EDIT_SECTION_CLASS}`)).toBe(expected.editLinks);
    });

    it('finds the table of contents and its links', () => {
      const tocs = [...doc.querySelectorAll(TOC_CONTAINERS)].filter((toc) => !toc.parentElement?.closest(TOC_CONTAINERS));
      expect(tocs).toHaveLength(expected.tocs);
      expect(tocs.reduce((n, toc) => n + toc.querySelectorAll(TOC_LINKS).length, 0)).toBe(expected.tocLinks);
      // Every TOC link points at an id in the page.
      for (const link of tocs.flatMap((toc) => [...toc.querySelectorAll(TOC_LINKS)])) {
        const id = link.getAttribute('href')!.slice(1);
        expect(doc.getElementById(id) ?? doc.getElementById(decodeURIComponent(id)), id).not.toBeNull();
      }
    });

    it('finds the page\'s identity: canonical link and revision', () => {
      expect(count(doc, CANONICAL_LINK) > 0).toBe(expected.canonical);
      const scripts = [...doc.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '');
      expect(scripts.map((text) => REVISION_ID.exec(text)?.[1]).find(Boolean) ?? null).toBe(expected.revision);
    });

    it('finds the review comments\' icons and the blocks holding them', () => {
      expect(count(doc, `[typeof*="${FILE_TYPEOF}"]`)).toBe(expected.files);
      const icons = [...root.querySelectorAll(COMMENT_ICON_CANDIDATES)].filter(isCommentIcon);
      const outermost = icons.filter((icon) => !icons.some((other) => other !== icon && other.contains(icon)));
      expect(outermost).toHaveLength(expected.commentIcons);
      expect(outermost.map((icon) => icon.parentElement!.closest(COMMENT_CONTAINER)!.tagName)).toEqual(expected.commentContainers);
    });

    it('finds the introduction\'s blocks, not the table of contents\' entries', () => {
      const blocks = [...root.querySelectorAll(INTRODUCTION_BLOCKS)];
      expect(blocks.length).toBeGreaterThan(0);
      expect(blocks.some((block) => block.closest(TOC_CONTAINERS))).toBe(false);
    });
  });
}

describe('Vector 2022\'s theme classes', () => {
  it('are the ones MediaWiki puts on <html>', () => {
    expect(THEME_CLASSES).toEqual({ night: 'skin-theme-clientpref-night', day: 'skin-theme-clientpref-day', os: 'skin-theme-clientpref-os' });
  });
});
