// "Technical contact" values: "Name <email>", several people, role labels, sometimes advice
// ("please CC xen-devel@…") that must not become a contact.
import type { Contact } from '../idea';

const NOBODY = /^(?:unknown|tbd|tba|n\/a|none|nobody|not\s+specified|-+|\?+)\.?$/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*/;
/** Text that tells the reader what to do rather than naming someone. */
const ADVICE = /\b(?:cc|please|make\s+sure|mailing\s*lists?|subscribe)\b/i;
/** A leading role such as "Mentor:", "Mentors:", "Co-mentor:", "Technical contact(s):". */
const ROLE_LABEL = /^(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+(?:\(s\))?\s*:(?:\s+|$)/;
/** Between people: "," ";" "/" "|" newline, " and ", " & ", ", and ". */
const SEPARATOR = /\s*(?:[,;/|\n](?:\s*(?:and|&)\s)?|\s(?:and|&)\s)\s*/i;
const EDGE_PUNCTUATION = /^[\s"'<>()[\],;:.\-–—]+|[\s"'<>()[\],;:.\-–—]+$/g;
/** A name of more words than this, without an email, is prose rather than a person. */
const MAX_NAME_WORDS = 5;

/** Lists and list hosts: xen-devel@lists.xenproject.org, xen-devel@xen.org, …@vger.kernel.org. */
export function isMailingList(email: string): boolean {
  const [local, domain = ''] = email.toLowerCase().split('@');
  return (
    /(?:^|\.)lists?\./.test(domain) ||
    domain === 'vger.kernel.org' ||
    /^xen-/.test(local) ||
    /-(?:devel|dev|users|announce|discuss|api|list|request)$/.test(local)
  );
}

/** Entities left as text and "name at domain dot org" spellings become plain addresses. */
function normalise(text: string): string {
  return text
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&amp;/gi, '&')
    .replace(/mailto:/gi, '')
    .replace(/\s*[[({]at[\])}]\s*/gi, '@')
    .replace(/\s*[[({]dot[\])}]\s*/gi, '.')
    .replace(/\b((?:[\w+-]+\s+dot\s+)*[\w.+-]+)\s+at\s+([\w-]+(?:\s+dot\s+[\w-]+)+)\b/gi, (_, local: string, domain: string) =>
      `${local}@${domain}`.replace(/\s+dot\s+/gi, '.'),
    );
}

/** Words that, alone in parentheses, give a role rather than a name: "Ian Campbell (mentor)". */
const ROLE_WORD = /^(?:co-?)?(?:mentors?|students?|contacts?|maintainers?|backup|primary|secondary)$/i;

/**
 * Parentheses holding an address become "<email>"; advice and anything with separators is dropped;
 * a short aside stays for toContact, where it names a bare address: "msw@amazon.com (Matt Wilson)".
 */
function resolveParentheses(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    const email = EMAIL.exec(inner)?.[0];
    if (ADVICE.test(inner) || (email && isMailingList(email))) return ' ';
    if (email) return ` <${email}> `;
    return SEPARATOR.test(inner) ? ' ' : whole;
  });
}

const clean = (text: string) => text.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '');

function toContact(segment: string): Contact | null {
  // Advice ends what names someone: "Wei Liu <…> - please CC xen-devel@…".
  const advice = segment.search(ADVICE);
  const text = (advice >= 0 ? segment.slice(0, advice) : segment).replace(ROLE_LABEL, '').trim();
  const email = EMAIL.exec(text)?.[0] ?? null;
  if (email && isMailingList(email)) return null;
  const rest = email ? text.replace(email, ' ') : text;
  if (rest.includes('@')) return null; // half an address such as "xen-devel@"
  const aside = clean(rest.match(/\(([^()]*)\)/)?.[1] ?? '');
  const outside = clean(rest.replace(/\([^()]*\)/g, ' '));
  const name = outside || (ROLE_WORD.test(aside) ? '' : aside);
  if (!email && (!name || NOBODY.test(name) || name.split(' ').length > MAX_NAME_WORDS)) return null;
  // A bare address is named by its local part as written: guessing a person's name from it
  // ("andrew.cooper3") would invent spellings.
  return { name: name || email!.split('@')[0], email };
}

export function parseContacts(raw: string | null): Contact[] {
  const text = (raw ?? '').trim();
  if (!text || NOBODY.test(text)) return [];
  // A closing ">" ends one person when another address follows: "A <a@x> B <b@y>".
  const segments = resolveParentheses(normalise(text)).replace(/>(?=[^<>]*<)/g, '>\n').split(SEPARATOR);
  const contacts: Contact[] = [];
  for (const contact of segments.map(toContact)) {
    if (!contact) continue;
    const same = contacts.find((c) =>
      contact.email && c.email ? c.email.toLowerCase() === contact.email.toLowerCase() : c.name === contact.name,
    );
    if (!same) contacts.push(contact);
    else if (!same.email && contact.email) same.email = contact.email;
  }
  return contacts;
}
