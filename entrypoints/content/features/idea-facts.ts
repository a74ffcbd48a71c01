// Difficulty and skill chips, the idea's age and a mail link at each idea's heading.
import { ideaFactsInto, type MailLink } from '../../../components/heading/idea-facts';
import { ageHint } from '../../../lib/age-hint';
import type { Idea } from '../../../lib/idea';
import { mailingListAddress, mailSubject, mailtoLink } from '../../../lib/mail';
import { wikiPageUrl } from '../../../lib/page-id';
import type { Feature, IdeasPage } from '../page';

export const ideaFacts: Feature = {
  name: 'Idea facts at headings',
  init(page) {
    page.headingTools.addWidget({
      id: 'facts',
      order: 10,
      mount: (slot, idea) => ideaFactsInto(slot, idea, ageHint(idea), mailFor(page, idea)),
    });
  },
};

/** To the mentors who gave an address with the idea's mailing list in CC, else to the list; null when the page gives neither. */
export function mailFor(page: IdeasPage, idea: Idea): MailLink | null {
  const mentors = [...new Set(idea.contacts.flatMap((contact) => (contact.email ? [contact.email] : [])))];
  const list = mailingListAddress(idea.mailingList);
  // Without a mentor's address the mail goes to the list itself.
  const to = mentors.length ? mentors : list ? [list] : [];
  const cc = mentors.length && list && !mentors.includes(list) ? [list] : [];
  if (!to.length) return null;
  const link = wikiPageUrl(page.pageId, idea.anchor);
  const href = mailtoLink({
    to,
    cc,
    subject: mailSubject(page.subjectTag(), idea.title),
    body: `Hello,\n\nI am interested in the project idea "${idea.title}" (${link}).\n\n`,
  });
  return { href, to, cc, toMentors: mentors.length > 0 };
}
