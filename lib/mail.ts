// Mail addresses and links built from what the wiki writes in an idea's contact fields.

/** The Xen Project's list server: the wiki writes "xen-devel@" and means xen-devel@lists.xenproject.org. */
export const LIST_DOMAIN = 'lists.xenproject.org';

const FULL_ADDRESS = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;

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

/** A mailto: link (RFC 6068); addresses stay readable, everything else is percent-encoded. */
export function mailtoLink({ to, cc = [], subject, body }: { to: string[]; cc?: string[]; subject?: string; body?: string }): string {
  const list = (addresses: string[]) => addresses.map((a) => encodeURIComponent(a).replace(/%40/g, '@')).join(',');
  const query: string[] = [];
  if (cc.length) query.push(`cc=${list(cc)}`);
  if (subject) query.push(`subject=${encodeURIComponent(subject)}`);
  if (body) query.push(`body=${encodeURIComponent(body)}`);
  return `mailto:${list(to)}${query.length ? `?${query.join('&')}` : ''}`;
}
