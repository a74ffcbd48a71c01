// "Ideas to confirm with their mentors": before a round, the program admin asks each idea's technical contact
// whether ideas not verified for over a year (or never) still apply. One group, and one prefilled mail, per
// contact; an idea with two contacts is in both groups. Pure, with `now` handed in.
import type { Contact } from '../idea';
import { LIST_DOMAIN, mailingListAddress, mailtoLink } from '../mail';
import { formatDate } from '../review';
import { compare, type ProgramIdea } from './catalogue';

/** The list to CC when an idea names none: the wiki's own default. */
export const DEFAULT_LIST = `xen-devel@${LIST_DOMAIN}`;
const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

export interface CheckIn {
  /** The contact as the wiki names them; null for ideas that name no contact. */
  contact: Contact | null;
  ideas: ProgramIdea[];
  /** The prefilled mail; null when the contact has no e-mail address on the wiki. */
  mailto: string | null;
}

/** Not verified within the year before `now`, or never (no date the parser could read). */
export function needsConfirming(idea: ProgramIdea, now: Date): boolean {
  const verified = idea.idea.verified?.date;
  if (!verified) return true;
  const at = Date.parse(verified);
  return Number.isNaN(at) || now.getTime() - at > YEAR_MS;
}

/** "last verified 12 March 2015", or "never verified". */
export function verifiedText(idea: ProgramIdea): string {
  const verified = idea.idea.verified;
  if (verified?.date) return `last verified ${formatDate(verified.date)}`;
  return verified?.raw.trim() ? `never verified ("${verified.raw.trim()}")` : 'never verified';
}

/** Contacts with the most ideas to confirm first; ideas that name no contact last. */
export function checkIns(ideas: readonly ProgramIdea[], now: Date): CheckIn[] {
  const groups = new Map<string, { contact: Contact | null; ideas: ProgramIdea[] }>();
  for (const idea of ideas) {
    if (!needsConfirming(idea, now)) continue;
    const contacts: Array<Contact | null> = idea.idea.contacts.length ? idea.idea.contacts : [null];
    const seen = new Set<string>();
    for (const contact of contacts) {
      const key = contact ? (contact.email ?? contact.name).toLowerCase() : '';
      if (seen.has(key)) continue;
      seen.add(key);
      const group = groups.get(key) ?? { contact, ideas: [] };
      // The first spelling with an address wins, so a group named by name alone can still be mailed.
      if (contact?.email && !group.contact?.email) group.contact = contact;
      group.ideas.push(idea);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map(({ contact, ideas: list }) => ({ contact, ideas: list, mailto: contact?.email ? checkInMail(contact, list) : null }))
    .sort((a, b) => Number(a.contact === null) - Number(b.contact === null) || b.ideas.length - a.ideas.length || compare(nameOf(a).toLowerCase(), nameOf(b).toLowerCase()));
}

function nameOf(checkIn: CheckIn): string {
  return checkIn.contact?.name ?? '';
}

export const CHECK_IN_SUBJECT = 'Do your Xen Project mentoring ideas still apply?';

/** The mail to one contact: to them, the ideas' mailing lists in CC, each idea with its page and link in the body. */
export function checkInMail(contact: Contact, ideas: readonly ProgramIdea[]): string {
  const lists = [...new Set(ideas.map((idea) => mailingListAddress(idea.idea.mailingList) ?? DEFAULT_LIST))];
  return mailtoLink({ to: [contact.email!], cc: lists, subject: CHECK_IN_SUBJECT, body: checkInBody(contact, ideas) });
}

export function checkInBody(contact: Contact, ideas: readonly ProgramIdea[]): string {
  const many = ideas.length > 1;
  const lines = [
    `Hello ${contact.name},`,
    '',
    `before the next mentoring round we are checking the project ideas on the Xen Project wiki. ${many ? `These ${ideas.length} ideas name` : 'This idea names'} you as technical contact and ${many ? 'have' : 'has'} not been verified for over a year:`,
    '',
  ];
  for (const idea of ideas) {
    lines.push(`- ${idea.idea.title} (${idea.pageTitle}), ${verifiedText(idea)}`, `  ${idea.url}`);
  }
  lines.push(
    '',
    `Do${many ? ' they' : 'es it'} still apply? If so, please update "Verified" on the wiki page; if not, let us know and we will move ${many ? 'them' : 'it'} to the archive.`,
    '',
    'Thank you,',
  );
  return lines.join('\n');
}
