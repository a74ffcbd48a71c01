// A scan as plain data, kept between loads so that a page whose text has not changed is not read node by node
// again: its ideas come from the record, and only where they sit in this DOM is looked up (headings, body
// extents, comment icons). Anything that does not line up gives null, and the caller parses as usual.
import type { Idea, PageInfo } from '../idea';
import { bodyBlocks } from './body';
import { isCommentIconElement, isSkipped, type RawComment } from './fields';
import { contentRoot, findHeadings } from './headings';
import { pageInfo, type IdeaNodes, type ScannedPage } from './index';
import { COMMENT_ICON_CANDIDATES } from './wiki-markup';

export interface ScanRecord {
  page: PageInfo;
  ideas: Idea[];
  warnings: string[];
  /** Every heading's title, in order: the outline, checked before anything is reused. */
  headings: string[];
  /** Per idea, the index of its heading in `headings`. */
  ideaHeadings: number[];
  groups: Array<{ heading: number; keys: string[] }>;
  ideasStart: number | null;
}

export function scanRecord(scan: ScannedPage): ScanRecord {
  const indexOf = new Map(scan.headings.map((heading, i) => [heading.block, i]));
  const at = (block: Element) => {
    const index = indexOf.get(block);
    if (index === undefined) throw new Error('A heading of the scan is not among the page headings.');
    return index;
  };
  return {
    page: scan.page,
    ideas: scan.ideas,
    warnings: scan.warnings,
    headings: scan.headings.map((heading) => heading.title),
    ideaHeadings: scan.ideas.map((idea) => at(scan.nodes.get(idea.key)!.heading)),
    groups: scan.groups.map(({ heading, keys }) => ({ heading: at(heading), keys })),
    ideasStart: scan.ideasStart ? at(scan.ideasStart) : null,
  };
}

/** The scan `record` describes, placed in this document; null when the document does not match it. */
export function scanFromRecord(doc: Document, url: string, record: ScanRecord): ScannedPage | null {
  const page = pageInfo(doc, url);
  if (page.url !== record.page.url || page.title !== record.page.title) return null;
  const headings = findHeadings(contentRoot(doc));
  if (headings.length !== record.headings.length || headings.some((heading, i) => heading.title !== record.headings[i])) return null;

  const nodes = new Map<string, IdeaNodes>();
  for (const [i, idea] of record.ideas.entries()) {
    const index = record.ideaHeadings[i];
    const heading = headings[index];
    if (!heading || heading.anchor !== idea.anchor) return null;
    const blocks = bodyBlocks(heading.block, headings[index + 1]?.block);
    const icons = blocks.flatMap(commentIcons);
    if (icons.length !== idea.comments.length) return null;
    const comments = idea.comments.map((comment, n) => ({ ...comment, icon: icons[n] }) as RawComment);
    nodes.set(idea.key, { heading: heading.block, blocks, comments });
  }
  const block = (index: number) => headings[index]?.block;
  if (record.groups.some(({ heading }) => !block(heading))) return null;
  return {
    page,
    ideas: record.ideas,
    warnings: record.warnings,
    nodes,
    groups: record.groups.map(({ heading, keys }) => ({ heading: block(heading), keys })),
    ideasStart: record.ideasStart === null ? null : (block(record.ideasStart) ?? null),
    headings,
  };
}

/**
 * The review-comment icons in `block`, in document order, as the parser's walk takes them: the outermost element
 * that is the icon, outside ignored elements and edit links. The walk may skip more (an icon inside a label);
 * then the counts differ and the record is not used.
 */
function commentIcons(block: Element): Element[] {
  const candidates = [block, ...block.querySelectorAll(COMMENT_ICON_CANDIDATES)];
  return candidates
    .filter((candidate) => isCommentIconElement(candidate) && !hiddenFromWalk(candidate, block))
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1));
}

/** Inside an element the walk does not enter: ignored, an edit link, or an icon already taken whole. */
function hiddenFromWalk(element: Element, block: Element): boolean {
  for (let node: Element | null = element; node; node = node === block ? null : node.parentElement) {
    if (isSkipped(node) || (node !== element && isCommentIconElement(node))) return true;
  }
  return false;
}
