// A page's rendered HTML from action=parse, read with the same parser as the live page. The HTML becomes an inert
// Document (DOMParser runs no scripts and loads nothing), and the parser runs in slices so an extension page
// reading thirty pages stays responsive.
import type { Idea } from '../idea';
import { wikiPageUrl } from '../page-id';
import { scanPageInSlices } from '../parse/index';
import type { TaskSlicer } from '../slices';
import { pageIdOfTitle } from './catalogue';

export interface ReadIdeasDeps {
  /** Turns HTML into a Document without running it: `(html) => new DOMParser().parseFromString(html, 'text/html')`. */
  parseHtml: (html: string) => Document;
  slicer: TaskSlicer;
}

export async function readIdeas(html: string, title: string, { parseHtml, slicer }: ReadIdeasDeps): Promise<{ ideas: Idea[]; warnings: string[] }> {
  await slicer.pause();
  const doc = parseHtml(html);
  const { ideas, warnings } = await scanPageInSlices(doc, wikiPageUrl(pageIdOfTitle(title)), slicer);
  return { ideas, warnings };
}
