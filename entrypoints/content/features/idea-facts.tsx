// Difficulty and skill chips, the idea's age and a mail link at each idea's heading.
import { IdeaFacts } from '../../../components/heading/IdeaFacts';
import { ageHint } from '../../../lib/age-hint';
import { findSubjectTag } from '../../../lib/draft-template';
import type { Idea } from '../../../lib/idea';
import { mailingListAddress, mailSubject, mailtoLink } from '../../../lib/mail';
import { wikiPageUrl } from '../../../lib/page-id';
import type { Feature, IdeasPage } from '../ideas-page';

export const ideaFacts: Feature = {
  name: 'Idea facts at headings',
  init(page) {
    page.addHeadingWidget({
      id: 'facts',
      order: 10,
      Component: ({ page, idea }) => <IdeaFacts idea={idea} age={ageHint(idea)} mail={mailFor(page, idea)} />,
    });
  },
};

/** To the mentors who gave an address, CC the idea's mailing list; null when the page gives neither. */
export function mailFor(page: IdeasPage, idea: Idea): { href: string; to: string[]; cc: string[] } | null {
  const to = [...new Set(idea.contacts.flatMap((contact) => (contact.email ? [contact.email] : [])))];
  const list = mailingListAddress(idea.mailingList);
  const cc = list && !to.includes(list) ? [list] : [];
  if (!to.length && !cc.length) return null;
  const link = wikiPageUrl(page.pageId, idea.anchor);
  const href = mailtoLink({
    to: to.length ? to : cc,
    cc: to.length ? cc : [],
    subject: mailSubject(subjectTag(page), idea.title),
    body: `Hello,\n\nI am interested in the project idea "${idea.title}" (${link}).\n\n`,
  });
  return { href, to, cc };
}

const subjectTags = new WeakMap<IdeasPage, string>();

/** The tag the page asks applicants to put in subjects ("OPW 2014"), read once from the text before the ideas. */
function subjectTag(page: IdeasPage): string {
  let tag = subjectTags.get(page);
  if (tag === undefined) {
    const first = page.scan.groups[0]?.heading ?? page.scan.nodes.values().next().value?.heading;
    const root = first?.parentElement ?? document.body;
    const parts: string[] = [];
    for (const element of root.querySelectorAll('p, li, dd')) {
      if (first && first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) break;
      parts.push(element.textContent ?? '');
    }
    tag = findSubjectTag(parts.join('\n')) ?? '';
    subjectTags.set(page, tag);
  }
  return tag;
}
