// How old an idea is and when someone last checked it, in a few words: "added 2014 · not verified since 2020".
// A student can tell a fresh idea from one nobody has looked at for years without reading the meta line.
import type { Idea, WikiDate } from './idea';

const YEAR = /\b(19\d\d|20\d\d)\b/;
/** "Not updated in 2020", "not verified since 2019", "never": the page says it was not checked. */
const NOT_CHECKED = /\b(not|never|no)\b/i;

export function ageHint(idea: Pick<Idea, 'inserted' | 'verified'>): string | null {
  const parts: string[] = [];
  const added = yearOf(idea.inserted);
  if (added) parts.push(`added ${added}`);
  const verified = idea.verified;
  if (verified) {
    const year = yearOf(verified);
    const notChecked = verified.date === null && NOT_CHECKED.test(verified.raw);
    if (notChecked) parts.push(year ? `not verified since ${year}` : 'never verified');
    else if (year) parts.push(`verified ${year}`);
  }
  return parts.length ? parts.join(' · ') : null;
}

/** The year of a wiki date: from the parsed date, else a four-digit year in the text as written. */
function yearOf(date: WikiDate | null): string | null {
  if (!date) return null;
  return date.date?.slice(0, 4) ?? YEAR.exec(date.raw)?.[1] ?? null;
}
