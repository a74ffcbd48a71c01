// The extension's controls as the user (and assistive technology) knows them: role and accessible name.
// Written once here, so a renamed control is one edit for every journey in every browser.
import type { Target } from './driver';

export const SEARCH_IDEAS = 'Search ideas';
export const APPLICATION_DRAFT = 'Application draft';

export const difficultyGroup: Target = { role: 'group', name: 'Difficulty' };
export const skillsGroup: Target = { role: 'group', name: 'Skills' };

/** A difficulty toggle: "Easy", "Medium", "Hard", "Unknown" (a count may follow the level). */
export function difficulty(level: 'Easy' | 'Medium' | 'Hard' | 'Unknown'): Target {
  return { role: 'button', name: new RegExp(`^${level}\\b`), within: difficultyGroup };
}

/** A skill toggle, named by the tag first: `skill('C', 5)` is "C (5)"; without a count, any count. */
export function skill(tag: string, count?: number): Target {
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    role: 'button',
    name: count === undefined ? new RegExp(`^${escaped} \\(\\d+\\)$`) : `${tag} (${count})`,
    within: skillsGroup,
  };
}

export const clearFilters: Target = { role: 'button', name: 'Clear filters' };

/** The bookmark toggle at an idea's heading. */
export function bookmark(title: string): Target {
  return { role: 'button', name: `Bookmark ${title}` };
}

/** The shortlist entry of an idea (dashboard or sidebar): a list item without a name of its own. */
export function shortlistItem(title: string): Target {
  return { role: 'listitem', hasText: title, within: { role: 'list', name: 'Shortlist' } };
}

/** Opens the application draft of a shortlisted idea: "Write application", or "Application draft · N words" once started. */
export function openDraft(title: string): Target {
  return { role: 'button', name: /^(Write application|Application draft · )/, within: shortlistItem(title) };
}

export const SYNC_SETTING: Target = { role: 'checkbox', name: 'Sync my shortlist across my browsers' };

/** The titles on the shortlist, in its order. */
export const shortlistTitles: Target = { role: 'heading', within: { role: 'list', name: 'Shortlist' } };

/** A field of a shortlisted idea: its "Note" (textbox) or "Progress" (combobox). */
export function itemField(title: string, field: 'Note' | 'Progress'): Target {
  return { role: field === 'Note' ? 'textbox' : 'combobox', name: field, within: shortlistItem(title) };
}
