// The tag the page asks applicants to put in mail subjects ("Make sure you add OPW 2014 to the subject
// line"): read from the page's introduction and handed to the background, so application drafts and their
// "Email the mentor" links use it. Runs when the browser is idle; costs one short scan, and a message only
// when the page asks for a tag.
import { findSubjectTag } from '../../../lib/draft-template';
import { call } from '../../shared/rpc';
import type { Feature, IdeasPage } from '../ideas-page';

/** Text of the paragraphs and list items before the first idea: where the wiki gives its advice. */
function introductionText(page: IdeasPage): string {
  const first = page.scan.groups[0]?.heading ?? page.scan.nodes.values().next().value?.heading;
  const root = document.querySelector('.mw-parser-output') ?? document.querySelector('#mw-content-text') ?? document.body;
  const parts: string[] = [];
  for (const element of root.querySelectorAll('p, li, dd')) {
    if (first && first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    parts.push(element.textContent ?? '');
  }
  return parts.join('\n');
}

export const mailSubjectTag: Feature = {
  name: 'Mail subject tag',
  init(page) {
    const run = () => {
      if (page.ctx.isInvalid) return;
      const subjectTag = findSubjectTag(introductionText(page));
      if (!subjectTag) return;
      call('pageAdvice.set', { pageId: page.pageId, subjectTag }).catch((error: unknown) =>
        console.warn('Idea Scout: could not remember the page\'s mail subject tag', error),
      );
    };
    if ('requestIdleCallback' in window) page.ctx.requestIdleCallback(run, { timeout: 5000 });
    else page.ctx.setTimeout(run, 500);
  },
};
