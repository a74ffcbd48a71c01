// The "All ideas pages" view for the admin's records: the ideas shown (after the filters), as CSV or Markdown,
// with what an admin checks before a round: when each was verified, its open review comments, what it lacks.
import { csvRow } from '../export/csv';
import { needsInfo } from '../review';
import { difficultyText, mentorsText, skillsText } from '../shortlist';
import { escapeMarkdown, plural } from '../text';
import type { ProgramIdea } from './catalogue';
import { checkIns, needsConfirming, verifiedText } from './check-in';

export const PROGRAM_CSV_COLUMNS = [
  'Title',
  'Link',
  'Page',
  'Also on',
  'Difficulty',
  'Skills',
  'GSoC',
  'Technical contact',
  'Verified',
  'To confirm',
  'Open review comments',
  'Needs info',
] as const;

const BOM = '\ufeff';

export function programCsv(ideas: readonly ProgramIdea[], now: Date): string {
  const rows = [csvRow(PROGRAM_CSV_COLUMNS)];
  for (const entry of ideas) {
    const { idea } = entry;
    rows.push(
      csvRow([
        idea.title,
        entry.url,
        entry.pageTitle,
        entry.alsoOn.map((page) => page.title).join('; '),
        difficultyText(idea),
        skillsText(idea),
        idea.gsoc === null ? '' : idea.gsoc ? 'yes' : 'no',
        mentorsText(idea),
        idea.verified?.date ?? idea.verified?.raw ?? '',
        needsConfirming(entry, now) ? 'yes' : 'no',
        idea.comments.length,
        needsInfo(idea).join('; '),
      ]),
    );
  }
  return BOM + rows.join('\r\n') + '\r\n';
}

/** `status` is the view's status line ("152 ideas on 12 pages"); `filters` says what narrowed the list, if anything. */
export function programMarkdown(ideas: readonly ProgramIdea[], { now, status, filters }: { now: Date; status: string; filters: string | null }): string {
  const lines = ['# Xen Project ideas pages', '', `Exported ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC from ${status}.`];
  if (filters) lines.push(`Filtered: ${escapeMarkdown(filters)}; ${plural(ideas.length, 'idea')} shown.`);
  lines.push('', '## Ideas', '');
  for (const entry of ideas) {
    const { idea } = entry;
    const facts = [
      escapeMarkdown(entry.pageTitle),
      entry.alsoOn.length ? `also on ${escapeMarkdown(entry.alsoOn.map((page) => page.title).join(', '))}` : null,
      `difficulty ${escapeMarkdown(difficultyText(idea))}`,
      verifiedText(entry),
      idea.comments.length ? plural(idea.comments.length, 'open review comment') : null,
      needsInfo(idea).length ? `needs ${needsInfo(idea).join(', ')}` : null,
    ].filter(Boolean);
    lines.push(`- [${escapeMarkdown(idea.title)}](<${entry.url}>): ${facts.join('; ')}`);
  }
  if (!ideas.length) lines.push('No ideas.');
  const groups = checkIns(ideas, now);
  lines.push('', '## Ideas to confirm with their mentors', '');
  for (const group of groups) {
    const who = group.contact ? (group.contact.email ? `${group.contact.name} <${group.contact.email}>` : group.contact.name) : 'No technical contact named';
    lines.push(`### ${escapeMarkdown(who)}`, '');
    for (const entry of group.ideas) lines.push(`- [${escapeMarkdown(entry.idea.title)}](<${entry.url}>) (${escapeMarkdown(entry.pageTitle)}), ${verifiedText(entry)}`);
    lines.push('');
  }
  if (!groups.length) lines.push('Every idea shown was verified within the last year.', '');
  return lines.join('\n');
}
