// The shortlist as a readable Markdown list: rank, title, link, facts, status and note.
import type { Bookmark } from '../bookmark';
import { mailingListAddress } from '../mail';
import { difficultyText, ideaLink, pageTitle, PROGRESS_LABELS, skillsText, sortShortlist } from '../shortlist';

/** Escape what Markdown would read as markup inside a line of text (titles and notes come from people). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^([#+=-])/gm, '\\$1') // a heading, list item or underline at the start of a line
    .replace(/^(\d+)([.)])/gm, '$1\\$2'); // "1." starts an ordered list; "1\." does not
}

export function toMarkdown(bookmarks: readonly Bookmark[], exportedAt: string): string {
  const ranked = sortShortlist(bookmarks);
  const count = ranked.length === 1 ? '1 idea' : `${ranked.length} ideas`;
  const lines = ['# Idea Scout shortlist', '', `Exported ${exportedAt.slice(0, 16).replace('T', ' ')} UTC, ${count}.`];
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
