// Cutting an idea read from a page to the limits of lib/limits.ts, with a warning per value cut. No zod: the
// parser runs in the content script.
import type { Contact, Idea, Link, RichText, WikiDate } from './idea';
import { IDEA_LIMITS } from './limits';


type Limit = keyof typeof IDEA_LIMITS;

/**
 * The idea with every value within IDEA_LIMITS, and a sentence per value that had to be cut (empty when none).
 * The idea passed in is not changed.
 */
export function fitIdea(idea: Idea): { idea: Idea; cut: string[] } {
  const cut: string[] = [];
  const str = (value: string, limit: Limit, what: string): string => {
    const max = IDEA_LIMITS[limit];
    if (value.length <= max) return value;
    cut.push(`"${idea.title.slice(0, 80)}": ${what} is ${value.length} characters long; kept the first ${max}.`);
    return value.slice(0, max);
  };
  const opt = (value: string | null, limit: Limit, what: string) => (value === null ? null : str(value, limit, what));
  const list = <T>(values: T[], limit: Limit, what: string): T[] => {
    const max = IDEA_LIMITS[limit];
    if (values.length <= max) return values;
    cut.push(`"${idea.title.slice(0, 80)}": ${what} holds ${values.length} items; kept the first ${max}.`);
    return values.slice(0, max);
  };
  const date = (value: WikiDate | null, what: string): WikiDate | null =>
    value && { raw: str(value.raw, 'line', what), date: opt(value.date, 'token', what), ambiguous: value.ambiguous };
  const rich = (value: RichText | null, what: string): RichText | null =>
    value && {
      text: str(value.text, 'text', what),
      links: list(value.links, 'links', `${what}'s links`).map(
        (link): Link => ({ text: str(link.text, 'linkText', `a link of ${what}`), href: str(link.href, 'href', `a link of ${what}`) }),
      ),
    };
  const fitted: Idea = {
    key: str(idea.key, 'key', 'the key'),
    anchor: str(idea.anchor, 'anchor', 'the anchor'),
    title: str(idea.title, 'title', 'the title'),
    status: idea.status,
    section: str(idea.section, 'heading', 'the section'),
    category: opt(idea.category, 'heading', 'the category'),
    inserted: date(idea.inserted, 'the date of insert'),
    verified: date(idea.verified, 'Verified'),
    gsoc: idea.gsoc,
    contacts: list(idea.contacts, 'contacts', 'the technical contacts').map(
      (contact): Contact => ({ name: str(contact.name, 'line', "a mentor's name"), email: opt(contact.email, 'email', "a mentor's address") }),
    ),
    mailingList: opt(idea.mailingList, 'line', 'the mailing list'),
    irc: opt(idea.irc, 'line', 'the IRC channel'),
    difficulty: { ...idea.difficulty, raw: opt(idea.difficulty.raw, 'line', 'the difficulty') },
    skills: {
      raw: opt(idea.skills.raw, 'line', 'the skills'),
      tags: list(idea.skills.tags, 'skills', 'the skills').map((tag) => str(tag, 'skill', 'a skill')),
    },
    description: rich(idea.description, 'the description'),
    outcomes: rich(idea.outcomes, 'the outcomes'),
    comments: list(idea.comments, 'comments', 'the review comments').map((comment) => ({
      author: opt(comment.author, 'author', "a comment's author"),
      timestamp: opt(comment.timestamp, 'token', "a comment's time"),
      text: str(comment.text, 'commentText', 'a review comment'),
      field: str(comment.field, 'token', "a comment's field"),
    })),
  };
  return { idea: cut.length ? fitted : idea, cut };
}
