// The tag the page asks applicants to put in mail subjects ("Make sure you add OPW 2014 to the subject
// line"): read from the page's introduction and handed to the background, so application drafts and their
// "Email the mentor" links use it. Runs when the browser is idle; costs one short scan, and a message only
// when the page asks for a tag.
import { isCurrentView } from '../../../lib/page-id';
import { call } from '../../../lib/rpc/client';
import type { Feature } from '../page';

export const mailSubjectTag: Feature = {
  name: 'Mail subject tag',
  init(page) {
    if (!isCurrentView(location.href)) return; // an old revision or a preview may ask for another tag
    const run = () => {
      if (page.ctx.isInvalid) return;
      const subjectTag = page.subjectTag();
      if (!subjectTag) return;
      call('pageAdvice.set', { pageId: page.pageId, subjectTag }).catch((error: unknown) =>
        console.warn('Idea Scout: could not remember the page\'s mail subject tag', error),
      );
    };
    if ('requestIdleCallback' in window) page.ctx.requestIdleCallback(run, { timeout: 5000 });
    else page.ctx.setTimeout(run, 500);
  },
};
