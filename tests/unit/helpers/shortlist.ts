// Shortlist records for tests: a stored bookmark (schema v2) and a draft, built from a sample idea.
import type { Bookmark } from '../../../lib/bookmark';
import type { Draft, DraftVersion } from '../../../lib/draft';
import type { Idea } from '../../../lib/idea';
import { OUTREACH_ID, OUTREACH_URL, sampleIdea } from './ideas';

export function sampleBookmark(overrides: Partial<Bookmark> & { idea?: Idea } = {}): Bookmark {
  const idea = overrides.idea ?? sampleIdea();
  return {
    id: `${OUTREACH_ID}#${idea.key}`,
    pageId: OUTREACH_ID,
    pageUrl: OUTREACH_URL,
    ideaKey: idea.key,
    anchor: idea.anchor,
    title: idea.title,
    idea,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    rank: 1,
    progress: 'interested',
    note: '',
    ...overrides,
  };
}

export function sampleDraft(bookmark: Bookmark, overrides: Partial<Draft> = {}): Draft {
  return {
    id: bookmark.id,
    pageId: bookmark.pageId,
    ideaKey: bookmark.ideaKey,
    title: bookmark.title,
    text: 'About me: I like grant tables.',
    subjectTag: 'OPW 2014',
    createdAt: '2025-03-02T09:00:00.000Z',
    updatedAt: '2025-03-02T10:00:00.000Z',
    ...overrides,
  };
}

export function sampleVersion(draft: Draft, overrides: Partial<DraftVersion> = {}): DraftVersion {
  return {
    id: `${draft.id}@v1`,
    draftId: draft.id,
    text: draft.text,
    subjectTag: draft.subjectTag,
    session: 'session-1',
    createdAt: draft.createdAt,
    savedAt: draft.updatedAt,
    ...overrides,
  };
}
