// Everything the parser knows about how the wiki renders ideas, as data: one place to change when a new
// MediaWiki version, skin or template edit appears. Each entry is exercised by tests on saved pages.
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

/** Where the article lives, newest skins first. */
export const CONTENT_ROOT = '.mw-parser-output, #mw-content-text, #bodyContent, #content, main, body';

/** Never part of an idea: the table of contents, edit links, navigation, examples in <pre>. */
export const NOT_CONTENT = '#toc, .toc, .mw-editsection, pre, [role="navigation"], nav';

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Elements whose text is not page content at all. */
export const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH']);

/** Elements that start a new line of plain text. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TBODY', 'THEAD', 'TR', 'TD', 'TH', 'BR',
  'BLOCKQUOTE', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'CAPTION', 'CENTER', 'FIGURE',
]);

/** Value text meaning "nothing here". */
export const NOT_SPECIFIED = /^\s*(not specified|unknown|tbd|n\/a|none|-)\b/i;
