// The shortlist as CSV for spreadsheets: RFC 4180 (CRLF line ends; a field holding a comma, quote, CR or LF is
// quoted, with quotes doubled), one row per idea, a header row, UTF-8 with a byte-order mark so spreadsheet
// programs read "Monné" right.
import type { Bookmark } from '../bookmark';
import type { Draft } from '../draft';
import { countWords } from '../draft';
import { difficultyText, ideaLink, mailingListText, pageTitle, PROGRESS_LABELS, skillsText, sortShortlist } from '../shortlist';

export const CSV_COLUMNS = [
  'Rank',
  'Title',
  'Link',
  'Page',
  'Difficulty',
  'Skills',
  'Mentor',
  'Mentor email',
  'Mailing list',
  'Status',
  'Note',
  'Draft words',
  'Bookmarked',
  'Missing from page since',
] as const;

const BOM = '\ufeff';

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ is run as a formula by spreadsheets; a wiki title must not do that.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',');
}

export function toCsv(bookmarks: readonly Bookmark[], drafts: readonly Draft[] = []): string {
  const draftOf = new Map(drafts.map((draft) => [draft.id, draft]));
  const rows = [csvRow(CSV_COLUMNS)];
  sortShortlist(bookmarks).forEach((bookmark, index) => {
    const { idea } = bookmark;
    const draft = draftOf.get(bookmark.id);
    rows.push(
      csvRow([
        index + 1,
        bookmark.title,
        ideaLink(bookmark),
        pageTitle(bookmark.pageId),
        difficultyText(idea),
        skillsText(idea),
        idea.contacts.map((c) => c.name).join('; '),
        idea.contacts.flatMap((c) => (c.email ? [c.email] : [])).join('; '),
        mailingListText(idea),
        PROGRESS_LABELS[bookmark.progress],
        bookmark.note,
        draft ? countWords(draft.text) : '',
        bookmark.createdAt.slice(0, 10),
        bookmark.missingSince?.slice(0, 10) ?? '',
      ]),
    );
  });
  return BOM + rows.join('\r\n') + '\r\n';
}
