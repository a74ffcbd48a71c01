// One pass over an idea's body: splits it into the template's fields by their labels, and lifts out the
// review comments (icon + signature) wherever they sit. Iterative, so deep nesting cannot overflow the stack.
import type { Link } from '../idea';
import { findSignatureTimestamp } from './dates';
import { collapse } from './headings';
import {
  BLOCK_TAGS,
  COMMENT_CONTAINER,
  COMMENT_ICON,
  EDIT_SECTION_CLASS,
  FILE_TYPEOF,
  FIELD_LABELS,
  IGNORED_TAGS,
  LABEL_TAGS,
  SIGNATURE_EXTRA_LINK,
  TEXT_LABEL,
  USER_LINK,
  type FieldName,
} from './wiki-markup';

export interface FieldText {
  text: string;
  links: Link[];
  /** The label element (or the block holding a text label), for tools that mark the field in place. */
  label: Element | null;
}

export interface RawComment {
  field: FieldName;
  author: string | null;
  timestamp: string | null;
  text: string;
  /** The icon element: where the comment is marked in the page. */
  icon: Element;
}

export interface IdeaBody {
  fields: Map<FieldName, FieldText>;
  comments: RawComment[];
  labelCount: number;
}

interface Sink {
  raw: string;
  links: Link[];
  label: Element | null;
}

interface OpenComment {
  field: FieldName;
  icon: Element;
  container: Element | null;
  before: string;
  after: string;
  author: string | null;
}

/** Elements that can be (or wrap) the comment icon; checked first so other elements cost nothing. */
const ICON_TAGS = new Set(['IMG', 'A', 'SPAN', 'FIGURE']);

/** Elements whose subtree the walk never enters: not page content, or an edit link. */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName;
  return IGNORED_TAGS.has(tag) || (tag === 'SPAN' && el.classList.contains(EDIT_SECTION_CLASS));
}

/** The review-comment icon as the walk takes it: one element standing for the whole icon. */
export function isCommentIconElement(el: Element): boolean {
  return ICON_TAGS.has(el.tagName) && isCommentIcon(el);
}

/** Reads one idea's body blocks. `baseUrl` resolves relative links. */
export function readBody(blocks: Element[], baseUrl: string): IdeaBody {
  const sinks = new Map<FieldName, Sink>();
  const comments: RawComment[] = [];
  let field: FieldName = 'meta';
  let sink = sinkFor('meta', null);
  let comment: OpenComment | null = null;
  let atBlockStart = true;
  let labelCount = 0;

  function sinkFor(name: FieldName, label: Element | null): Sink {
    let existing = sinks.get(name);
    if (!existing) {
      existing = { raw: '', links: [], label };
      sinks.set(name, existing);
    }
    return existing;
  }

  function switchField(name: FieldName, label: Element) {
    closeComment();
    field = name;
    sink = sinkFor(name, label);
    sink.raw += '\n';
    labelCount++;
  }

  function closeComment() {
    if (!comment) return;
    comments.push(finishComment(comment));
    comment = null;
  }

  function write(text: string) {
    if (!comment) sink.raw += text;
    else if (comment.author === null) comment.before += text;
    else comment.after += text;
  }

  function enter(el: Element): boolean {
    const tag = el.tagName;
    if (isSkipped(el)) return false;
    if (isCommentIconElement(el)) {
      closeComment();
      comment = { field, icon: el, container: el.parentElement?.closest(COMMENT_CONTAINER) ?? null, before: '', after: '', author: null };
      atBlockStart = false;
      return false;
    }
    const labelField = LABEL_TAGS.has(tag) ? labelOf(el, atBlockStart) : null;
    if (labelField) {
      switchField(labelField, el);
      atBlockStart = true;
      return false;
    }
    if (BLOCK_TAGS.has(tag)) {
      write(tag === 'LI' ? '\n- ' : '\n');
      atBlockStart = true;
      return true;
    }
    if (tag === 'A') return enterLink(el);
    if (tag === 'IMG') atBlockStart = false;
    return true;
  }

  function enterLink(a: Element): boolean {
    const href = a.getAttribute('href') ?? '';
    if (comment && comment.author === null && USER_LINK.test(href)) {
      comment.author = collapse(a.textContent ?? '') || decodeURIComponent(USER_LINK.exec(href)![1]).replace(/_/g, ' ');
      atBlockStart = false;
      return false;
    }
    if (comment && SIGNATURE_EXTRA_LINK.test(href)) return false;
    const safe = safeHref(href, baseUrl);
    const text = collapse(a.textContent ?? '');
    if (safe && text && !comment && !sink.links.some((l) => l.href === safe)) sink.links.push({ text, href: safe });
    return true;
  }

  function exit(el: Element) {
    if (comment && el === comment.container) closeComment();
    if (BLOCK_TAGS.has(el.tagName)) {
      write('\n');
      atBlockStart = true;
    }
  }

  function text(node: Text) {
    let value = node.data;
    if (!value.trim()) {
      write(' ');
      return;
    }
    if (atBlockStart && !comment) {
      const match = TEXT_LABEL.exec(value);
      const name = match && fieldOfLabel(match[1]);
      if (name) {
        switchField(name, node.parentElement!);
        value = value.slice(match[0].length);
      }
    }
    atBlockStart = false;
    write(value);
  }

  for (const block of blocks) walk(block, enter, exit, text);
  closeComment();

  const fields = new Map<FieldName, FieldText>();
  for (const [name, s] of sinks) fields.set(name, { text: plainText(s.raw), links: s.links, label: s.label });
  return { fields, comments, labelCount };
}

/** Depth-first walk with enter/exit callbacks, without recursion. */
function walk(root: Node, enter: (el: Element) => boolean, exit: (el: Element) => void, text: (t: Text) => void) {
  const EXIT = 1;
  const stack: Array<Node | typeof EXIT> = [root];
  const exiting: Element[] = [];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === EXIT) {
      exit(exiting.pop()!);
      continue;
    }
    if (item.nodeType === 3) text(item as Text);
    else if (item.nodeType === 1 && enter(item as Element)) {
      exiting.push(item as Element);
      stack.push(EXIT);
      for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
}

function labelOf(el: Element, atBlockStart: boolean): FieldName | null {
  // Bold text is a label only where it opens its block: "<b>Difficulty:</b> Medium", not bold prose.
  if ((el.tagName === 'B' || el.tagName === 'STRONG') && !atBlockStart) return null;
  const raw = el.textContent ?? '';
  if (raw.length > 80) return null;
  return fieldOfLabel(raw);
}

export function fieldOfLabel(raw: string): FieldName | null {
  const label = collapse(raw.replace(/\([^)]*\)/g, ' ')).replace(/\s*:$/, '').toLowerCase();
  for (const [pattern, name] of FIELD_LABELS) if (pattern.test(label)) return name;
  return null;
}

export function isCommentIcon(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'IMG') return COMMENT_ICON.test(el.getAttribute('alt') ?? '') || COMMENT_ICON.test(el.getAttribute('src') ?? '');
  // The file link around the image, or a red link standing for a missing file: the icon as a whole.
  if (tag === 'A') return COMMENT_ICON.test(`${el.getAttribute('href') ?? ''} ${el.getAttribute('title') ?? ''}`);
  if (el.getAttribute('typeof')?.includes(FILE_TYPEOF)) {
    const inner = el.querySelector('a, img');
    return inner !== null && isCommentIcon(inner);
  }
  return false;
}

function finishComment(c: OpenComment): RawComment {
  const before = plainText(c.before);
  let after = plainText(c.after);
  const stamp = findSignatureTimestamp(after);
  let timestamp: string | null = null;
  if (stamp && stamp.index < 40) {
    timestamp = stamp.iso;
    after = after.slice(0, stamp.index) + after.slice(stamp.index + stamp.length);
  } else if (!c.author) {
    const inBefore = findSignatureTimestamp(before);
    timestamp = inBefore?.iso ?? null;
  }
  const text = [before, after]
    .map((part) => part.replace(/\(\s*(?:(?:talk|contribs)\s*\|?\s*)*\)/gi, ' '))
    .join(' ')
    .replace(/^[\s:;,.\-–—]+/, '')
    .replace(/[\s\-–—]+$/, '');
  return { field: c.field, author: c.author, timestamp, text: collapse(text), icon: c.icon };
}

/** Raw field text as lines: spaces collapsed, empty lines and lone list bullets dropped. */
export function plainText(raw: string): string {
  return raw
    .split('\n')
    .map((line) => collapse(line))
    .filter((line) => line && line !== '-')
    .join('\n');
}

/** Absolute http(s)/mailto URLs only: `javascript:` and other schemes never leave the parser. */
export function safeHref(href: string, baseUrl: string): string | null {
  if (!href || href.startsWith('#')) return null;
  try {
    const url = new URL(href, baseUrl);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
