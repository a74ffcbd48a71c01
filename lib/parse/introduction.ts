// The page's own advice before its ideas ("Make sure you add OPW 2014 to the subject line"), as text.
import { contentRoot } from './headings';
import { INTRODUCTION_BLOCKS } from './wiki-markup';

/**
 * Text of the paragraphs and list items that come before `ideasStart`, one per line. Not the table of contents'
 * entries (`li.toclevel-N`): only idea titles, and a thousand of them on a long page.
 */
export function introductionText(doc: Document, ideasStart: Element | null): string {
  const parts: string[] = [];
  for (const element of contentRoot(doc).querySelectorAll(INTRODUCTION_BLOCKS)) {
    if (ideasStart && ideasStart.compareDocumentPosition(element) & 4 /* DOCUMENT_POSITION_FOLLOWING */) break;
    parts.push(element.textContent ?? '');
  }
  return parts.join('\n');
}
