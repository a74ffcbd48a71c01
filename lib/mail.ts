// Mail addresses and links built from what the wiki writes in an idea's contact fields.

/** The Xen Project's list server: the wiki writes "xen-devel@" and means xen-devel@lists.xenproject.org. */
export const LIST_DOMAIN = 'lists.xenproject.org';

const FULL_ADDRESS = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;

/**
 * Whether a text is one plain mail address (no name, no query, no second address). Addresses reach links from
 * the page and from imported files: anything else could smuggle a `?cc=` or `&body=` into a mailto: link.
 */
export function isMailAddress(text: string): boolean {
  return text.length <= 254 && FULL_ADDRESS.test(text);
}

/**
 * The address to CC for an idea's "Mailing list/forum" field: "xen-devel@" and "xen-devel" become
 * xen-devel@lists.xenproject.org, a full address stays; anything else (a forum URL, prose) gives null.
 */
export function mailingListAddress(raw: string | null | undefined): string | null {
  const value = raw?.trim().replace(/^mailto:/i, '') ?? '';
  if (FULL_ADDRESS.test(value)) return value;
  const name = /^([\w.+-]+)@?$/.exec(value)?.[1];
  return name ? `${name}@${LIST_DOMAIN}` : null;
}

/** A subject carrying the tag the page asks for: "[OPW 2014] Title". */
export function mailSubject(tag: string, title: string): string {
  const trimmed = tag.trim();
  return trimmed ? `[${trimmed}] ${title}` : title;
}

/**
 * A mailto: link (RFC 6068); addresses stay readable, everything else is percent-encoded. Only plain addresses
 * (isMailAddress) are put in; others are left out, so no value can add a header of its own.
 */
export function mailtoLink({ to, cc = [], subject, body }: { to: string[]; cc?: string[]; subject?: string; body?: string }): string {
  const list = (addresses: string[]) => addresses.filter(isMailAddress).join(',');
  const query: string[] = [];
  const copies = list(cc);
  if (copies) query.push(`cc=${copies}`);
  if (subject) query.push(`subject=${encodeURIComponent(subject)}`);
  if (body) query.push(`body=${encodeURIComponent(body)}`);
  return `mailto:${list(to)}${query.length ? `?${query.join('&')}` : ''}`;
}
