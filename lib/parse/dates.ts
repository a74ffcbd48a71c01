// Dates as the wiki writes them: numeric field values ("2/5/2014", "28/11/2013") and
// MediaWiki signature timestamps ("15:24, 17 February 2014 (UTC)").
import type { WikiDate } from '../idea';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Same separator twice; the year has 2 or 4 digits. */
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** "17 February 2014", "17 Feb. 2014", "February 17, 2014". */
const DAY_MONTH = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_DAY = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, or null when the calendar has no such day. */
function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** 1-12 for a month name or its abbreviation of 3+ letters ("Feb", "february", "Sept"); else null. */
export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((full) => full.startsWith(lower));
  return index < 0 ? null : index + 1;
}

/** Reads a numeric date whose order (D/M or M/D) is unknown. */
function numericDate(a: number, b: number, yearText: string): Omit<WikiDate, 'raw'> {
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (a > 12) return { date: isoDate(year, b, a), ambiguous: false };
  if (b > 12) return { date: isoDate(year, a, b), ambiguous: false };
  // Both readings are valid; when day equals month they also agree.
  // M/D/Y is the best guess: most of the page uses the US form.
  return { date: isoDate(year, a, b), ambiguous: a !== b && a > 0 && b > 0 };
}

/** Parses a "Date of insert" / "Verified" value. Text without a date keeps `raw` with `date: null`. */
export function parseWikiDate(raw: string): WikiDate {
  const trimmed = raw.trim();
  // Surrounding punctuation: "(2/5/2014)", "2/5/2014;", "2014-02-05."
  const text = trimmed.replace(/^[\s([{"']+/, '').replace(/[\s.,;:)\]}"']+$/, '');
  let m = ISO.exec(text);
  if (m) return { raw: trimmed, date: isoDate(+m[1], +m[2], +m[3]), ambiguous: false };
  m = NUMERIC.exec(text);
  if (m) {
    const read = numericDate(+m[1], +m[3], m[4]);
    return { raw: trimmed, date: read.date, ambiguous: read.date !== null && read.ambiguous };
  }
  m = DAY_MONTH.exec(text);
  if (m) return { raw: trimmed, date: namedMonthDate(+m[3], m[2], +m[1]), ambiguous: false };
  m = MONTH_DAY.exec(text);
  if (m) return { raw: trimmed, date: namedMonthDate(+m[3], m[1], +m[2]), ambiguous: false };
  return { raw: trimmed, date: null, ambiguous: false };
}

function namedMonthDate(year: number, monthName: string, day: number): string | null {
  const month = monthNumber(monthName);
  return month === null ? null : isoDate(year, month, day);
}

/** Offsets of the zone names a signature may carry; the Xen wiki signs in UTC. */
const ZONE_OFFSET_HOURS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, BST: 1, CET: 1, CEST: 2, EET: 2, EEST: 3,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
};

/** "15:24, 17 February 2014 (UTC)"; the comma and the zone are optional. */
const SIGNATURE = /\b(\d{1,2}):(\d{2}),?\s+(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s*\(([A-Za-z]{1,5})\))?/g;

/** The first valid signature timestamp in `text`, with where it sits so the caller can cut it out. */
export function findSignatureTimestamp(text: string): { iso: string; index: number; length: number } | null {
  for (const m of text.matchAll(SIGNATURE)) {
    const [whole, hour, minute, day, monthName, year, zone] = m;
    const month = monthNumber(monthName);
    if (month === null || +hour > 23 || +minute > 59 || isoDate(+year, month, +day) === null) continue;
    const offset = zone ? (ZONE_OFFSET_HOURS[zone.toUpperCase()] ?? 0) : 0;
    const ms = Date.UTC(+year, month - 1, +day, +hour - offset, +minute);
    return { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), index: m.index ?? 0, length: whole.length };
  }
  return null;
}

/** ISO 8601 UTC of the first signature timestamp in `text`, else null. */
export function parseSignatureTimestamp(text: string): string | null {
  return findSignatureTimestamp(text)?.iso ?? null;
}
