// Everything Idea Scout knows about how the wiki renders its pages, as data: one place to change when a new
// MediaWiki version, skin or template edit appears. The parser and the in-page code read the wiki's markup only
// through these. Each entry is tested against every saved rendering (tests/unit/wiki-markup.test.ts).
import type { Status } from '../idea';

/** The template's fields, as the record names them. `meta` is the "Date of insert; Verified; GSoC" line. */
export type FieldName =
  | 'meta'
  | 'inserted'
  | 'verified'
  | 'gsoc'
  | 'contacts'
  | 'mailingList'
  | 'irc'
  | 'difficulty'
  | 'skills'
  | 'description'
  | 'outcomes'
  | 'review';

/** Label text (without colon, parentheses or surrounding space, lower-cased) → field. */
export const FIELD_LABELS: ReadonlyArray<[RegExp, FieldName]> = [
  [/^date of insert(ion)?$|^(date )?(added|inserted)$/, 'inserted'],
  [/^(last )?verified$/, 'verified'],
  [/^gsoc( eligible)?$/, 'gsoc'],
  [/^(technical )?contacts?$|^mentors?$|^mentor\(s\)$|^technical contact\(s\)$/, 'contacts'],
  [/^mailing ?lists?(\/forums?)?( for (the )?project)?$/, 'mailingList'],
  [/^irc( channels?)?( for (the )?project)?$/, 'irc'],
  [/^difficulty( level)?$/, 'difficulty'],
  [/^skills?( needed| required)?$|^required skills$/, 'skills'],
  [/^(project )?description$/, 'description'],
  [/^(expected )?outcomes?$/, 'outcomes'],
  [/^peer review( comments?)?$|^review comments?$/, 'review'],
];

/**
 * Labels also recognised as plain text at the start of a block ("Difficulty: Medium" without bold).
 * Only the template's exact wording: prose such as "Expected Results:" inside a description is not a label.
 */
export const TEXT_LABEL =
  /^\s*(Technical contact|Mailing list\/forum for project|IRC channel for project|Difficulty|Skills Needed|Description|Outcomes)\s*:\s*/i;

/** The meta line "Date of insert: 2/5/2014; Verified: Not updated in 2020; GSoC: Yes". */
export const META_PARTS: ReadonlyArray<[RegExp, 'inserted' | 'verified' | 'gsoc']> = [
  [/date of insert(?:ion)?\s*:\s*([^;\n]*)/i, 'inserted'],
  [/verified\s*:\s*([^;\n]*)/i, 'verified'],
  [/gsoc\s*:\s*([^;\n]*)/i, 'gsoc'],
];

/** Elements that can carry a field label (bold text must also open its block). */
export const LABEL_TAGS = new Set(['TH', 'DT', 'B', 'STRONG']);

/** Enclosing section heading → status. Anything else is `other`. */
export const SECTION_STATUS: ReadonlyArray<[RegExp, Status]> = [
  [/peer[- ]?reviewed/i, 'peer-reviewed'],
  [/needs? (more )?(work|review)|more work/i, 'needs-work'],
  [/^new (project )?ideas/i, 'new'],
];

/** The review-comment icon: `Pictogram voting comment 15px.png` (alt text, file link or image source). */
export const COMMENT_ICON = /pictogram[ _]voting[ _]comment/i;

/** A signature's user link, also a red link to a missing user page: captures the page name. */
export const USER_LINK = /(?:\/wiki\/|[?&]title=)User:([^&#?]+)/i;
/** Links that follow a signature and are not part of the comment ("talk", "contribs"). */
export const SIGNATURE_EXTRA_LINK = /(?:\/wiki\/|[?&]title=)(?:User[ _]talk|Special:Contributions)/i;

/**
 * Where the article lives, the first that matches: the parser's output in a skin, the API's parse output (a bare
 * `.mw-parser-output`), then older skins' wrappers. Other `.mw-parser-output` elements (site notices) come before
 * the article in some skins, hence the skin's own container first.
 */
export const CONTENT_ROOTS = ['#mw-content-text > .mw-parser-output', '#mw-content-text', '.mw-parser-output', '#bodyContent', '#content', 'main', 'body'];

/** Never part of an idea: the table of contents, edit links, navigation, examples in <pre>. */
export const NOT_CONTENT = '#toc, .toc, .mw-editsection, pre, [role="navigation"], nav';

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** The page's own title above the article (not one of its sections). */
export const FIRST_HEADING_ID = 'firstHeading';
/** Vector 2022 and later wrap each heading with its edit link in `div.mw-heading`. */
export const HEADING_WRAPPER_CLASS = 'mw-heading';
/** Legacy renderings put a section's text and id in `span.mw-headline` inside the heading. */
export const HEADLINE = '.mw-headline';
/** The "[edit]" link beside a heading. */
export const EDIT_SECTION_CLASS = 'mw-editsection';

/** The table of contents, as each skin renders it, and its entries' links to sections. */
export const TOC_CONTAINERS = '#toc, .toc, #vector-toc, .vector-toc';
export const TOC_LINKS = 'a[href^="#"]';
/** The table of contents' entries (`li.toclevel-N`), which are not introduction text. */
export const INTRODUCTION_BLOCKS = 'p, li:not([class*="toclevel"]), dd';

/** Where a review comment sits: the block its icon is in. */
export const COMMENT_CONTAINER = 'li, p, dd, dt, td, th, div';
/** Parsoid wraps files (the comment icon) in an element with `typeof="mw:File…"`. */
export const FILE_TYPEOF = 'mw:File';
/** Elements that can be, or wrap, the comment icon. */
export const COMMENT_ICON_CANDIDATES = 'img, a, span[typeof*="mw:File"], figure[typeof*="mw:File"]';

export const CANONICAL_LINK = 'link[rel="canonical"]';
/** MediaWiki's id of the revision shown, in its inline config script. */
export const REVISION_ID = /"wgRevisionId":\s*(\d+)/;

/** Vector 2022's theme classes on `<html>`: the reader chose night or day; `os` follows the system. */
export const THEME_CLASSES = { night: 'skin-theme-clientpref-night', day: 'skin-theme-clientpref-day', os: 'skin-theme-clientpref-os' } as const;

/** Elements whose text is not page content at all. */
export const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH']);

/** Elements that start a new line of plain text. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TBODY', 'THEAD', 'TR', 'TD', 'TH', 'BR',
  'BLOCKQUOTE', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'CAPTION', 'CENTER', 'FIGURE',
]);

/** Value text meaning "nothing here". */
export const NOT_SPECIFIED = /^\s*(not specified|unknown|tbd|n\/a|none|-)\b/i;
