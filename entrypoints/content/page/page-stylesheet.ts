// The one stylesheet we add to the wiki's document. It hides what the filters hide, keeps far hidden ideas out of
// layout, paints search matches and outlines open comments, and holds the colours of our shadow roots (custom
// properties inherit into them) for the light and the dark theme. Everything it acts on is marked by one of our
// attributes, so removing the attributes and this sheet gives the page back exactly as it was.
import { THEME_CLASSES } from '../../../lib/parse/wiki-markup';

export const HIDDEN_ATTR = 'data-idea-scout-hidden';
/** Set on the headings and bodies of ideas hidden while far from the viewport; removed before they come near. */
export const FAR_ATTR = 'data-idea-scout-far';
export const PAGE_STYLE_ID = 'idea-scout-page-style';
export const MATCH_HIGHLIGHT = 'idea-scout-match';
/**
 * Set on the elements whose text holds a marked match, the only ones the `::highlight()` rule matches: a rule for
 * every element would make Chromium restyle the whole document when it is added, and slow down every restyle after.
 */
export const MATCH_ATTR = 'data-idea-scout-match';
/** Set on the element holding an open review comment (its list item or paragraph): outlined while we run. */
export const COMMENT_ATTR = 'data-idea-scout-comment';

/** Our elements in the wiki's document: they take the theme's colours. */
const HOSTS = ':is(idea-scout-panel, idea-scout-heading, idea-scout-comment)';

/** Codex's colours (MediaWiki's design system), light. */
const LIGHT = `
  color-scheme: light;
  --is-text: #202122; --is-text-subtle: #54595d; --is-text-muted: #72777d;
  --is-surface: #f8f9fa; --is-field: #fff; --is-hover: #eaecf0;
  --is-border: #a2a9b1; --is-border-subtle: #c8ccd1;
  --is-progressive: #36c; --is-on-progressive: #fff; --is-focus: #36c;
  --is-mark: #fff0b3; --is-mark-text: #202122;
  --is-warning-bg: #fef6e7; --is-warning-border: #a66200; --is-warning-text: #6b3f00;
  --is-success-bg: #e6f4ea; --is-success-border: #14866d; --is-success-text: #0b5d4a; --is-success-strong: #14866d;
  --is-error-bg: #fee7e6; --is-error-border: #d33; --is-error-text: #8a1e1e;
  --is-info-bg: #eaf3ff; --is-info-text: #1d3f8c;
  --is-shadow: rgba(0, 0, 0, 0.25);`;

/** Codex's night theme. */
const DARK = `
  color-scheme: dark;
  --is-text: #eaecf0; --is-text-subtle: #a2a9b1; --is-text-muted: #a2a9b1;
  --is-surface: #202122; --is-field: #101418; --is-hover: #27292d;
  --is-border: #72777d; --is-border-subtle: #54595d;
  --is-progressive: #88a3e8; --is-on-progressive: #101418; --is-focus: #88a3e8;
  --is-mark: #6b4e00; --is-mark-text: #fff;
  --is-warning-bg: #2f2210; --is-warning-border: #c98a2c; --is-warning-text: #f3c98b;
  --is-success-bg: #0f2a23; --is-success-border: #3bb28f; --is-success-text: #9ee0c9; --is-success-strong: #1f7a63;
  --is-error-bg: #3a1514; --is-error-border: #fd7865; --is-error-text: #ffb7aa;
  --is-info-bg: #172440; --is-info-text: #b3c7ff;
  --is-shadow: rgba(0, 0, 0, 0.6);`;

const { night, day } = THEME_CLASSES;

/**
 * `content-visibility` cannot apply to a table, so a far table is laid out as a block; it is hidden, and a table
 * again before it comes near. The match highlight sets both colours: the wiki's text may be light or dark.
 */
const PAGE_CSS = `
[${HIDDEN_ATTR}], [${HIDDEN_ATTR}] + idea-scout-heading { display: none !important; }
[${FAR_ATTR}] { content-visibility: auto; contain-intrinsic-size: auto 20em; }
:is(h1, h2, h3, h4, h5, h6, .mw-heading)[${FAR_ATTR}] { contain-intrinsic-size: auto 1.8em; }
table[${FAR_ATTR}] { display: block; }
[${MATCH_ATTR}]::highlight(${MATCH_HIGHLIGHT}) { background-color: #fce29a; color: #202122; }
[${COMMENT_ATTR}] { outline: 2px solid #c98a2c; outline-offset: 2px; }
${HOSTS} {${LIGHT} }
@media (prefers-color-scheme: dark) { html:not(.${day}) ${HOSTS} {${DARK} } }
html.${night} ${HOSTS} {${DARK} }
`;

/** Adds the stylesheet; returns what removes it. */
export function addPageStylesheet(doc: Document): () => void {
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
