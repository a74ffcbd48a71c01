// The shortlist as a readable Markdown list: rank, title, link, facts, status and note.
import type { Bookmark } from '../bookmark';
import { mailingListAddress } from '../mail';
import { difficultyText, ideaLink, pageTitle, PROGRESS_LABELS, skillsText, sortShortlist } from '../shortlist';
import { escapeMarkdown, plural } from '../text';

export function toMarkdown(bookmarks: readonly Bookmark[], exportedAt: string): string {
  const ranked = sortShortlist(bookmarks);
  const lines = ['# Idea Scout shortlist', '', `Exported ${exportedAt.slice(0, 16).replace('T', ' ')} UTC, ${plural(ranked.length, 'idea')}.`];
  ranked.forEach((bookmark, index) => {
    const { idea } = bookmark;
    const mentors = idea.contacts.map((c) => (c.email ? `${c.name} (${c.email})` : c.name)).join(', ');
    const list = mailingListAddress(idea.mailingList) ?? idea.mailingList;
    lines.push('', `## ${index + 1}. ${escapeMarkdown(bookmark.title)}`, '');
    if (bookmark.missingSince) {
      lines.push(`**No longer listed on its page** (since ${bookmark.missingSince.slice(0, 10)}).`, '');
    }
    lines.push(`- Link: <${ideaLink(bookmark)}>`);
    lines.push(`- Page: ${escapeMarkdown(pageTitle(bookmark.pageId))}`);
    lines.push(`- Difficulty: ${escapeMarkdown(difficultyText(idea))}`);
    lines.push(`- Skills: ${escapeMarkdown(skillsText(idea)) || 'not listed'}`);
    lines.push(`- Mentor: ${escapeMarkdown(mentors) || 'not named'}`);
    if (list) lines.push(`- Mailing list: ${escapeMarkdown(list)}`);
    lines.push(`- Status: ${PROGRESS_LABELS[bookmark.progress]}`);
    const note = bookmark.note.trim();
    if (note) lines.push(`- Note: ${escapeMarkdown(note).replace(/\r?\n/g, '\n  ')}`);
  });
  if (!ranked.length) lines.push('', 'The shortlist is empty.');
  return lines.join('\n') + '\n';
}
