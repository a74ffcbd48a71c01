// The starting text of an application draft. Its sections follow the wiki page's own advice to applicants
// ("It is a good idea to ..." and "Aspiring Students": contact the mentor early and CC the list, get a
// bite-size task before applying, base work on the right tree), with the idea's facts filled in.
import type { Bookmark } from './bookmark';
import { mailingListAddress } from './mail';
import { difficultyText, ideaLink, mentorsText, pageTitle } from './shortlist';

export function draftTemplate(bookmark: Pick<Bookmark, 'pageId' | 'anchor' | 'idea'>): string {
  const { idea } = bookmark;
  const mentors = mentorsText(idea) || 'not named on the page';
  const mentorNames = idea.contacts.map((c) => c.name).join(' and ') || 'the mentor';
  const list = mailingListAddress(idea.mailingList) ?? idea.mailingList ?? 'the project mailing list';
  const skills = idea.skills.tags.length ? idea.skills.tags.join(', ') : idea.skills.raw?.trim() || 'not listed';
  return `# Application: ${idea.title}

- Idea: ${idea.title}
- Link: ${ideaLink(bookmark)}
- Page: ${pageTitle(bookmark.pageId)}
- Mentor: ${mentors}
- Mailing list: ${list}
- Skills needed: ${skills}
- Difficulty: ${difficultyText(idea)}

## About me

Who you are, what you study or work on, and your experience with the skills this idea needs (${skills}).
Why this idea, and why the Xen Project.

## The problem

In your own words: what "${idea.title}" is about, what is missing today, and who gains when it is done.

## My plan

How you would approach it, step by step, and what you would deliver.

## Timeline and milestones

- Before the start: get to know the code, the community and the development process.
- Weeks 1-4: ... (milestone: ...)
- Weeks 5-8: ... (milestone: ...)
- Weeks 9-12: ... (milestone: final patches posted for review)

## Prior contributions and the small task

The bite-size task you got from ${mentorNames} before applying (reviewing a patch, a small bug, ...), what you
did, and links to your patches or mailing-list posts. Work on Xen should be based on xen-unstable, Linux work on
the upstream kernel tree.

## Talking with the mentor

When and how you contacted ${mentorNames} (with ${list} in CC), what you discussed, and links to the threads.
`;
}

/**
 * The tag the page asks applicants to put in mail subjects: "Make sure you add OPW 2014 to the subject line"
 * gives "OPW 2014". Null when the text asks for none.
 */
export function findSubjectTag(text: string): string | null {
  const quoteOpen = `["'\\[\\u201c\\u2018]?`;
  const quoteClose = `["'\\]\\u201d\\u2019]?`;
  const patterns = [
    // "add OPW 2014 to the subject line", "put [GSoC] in your e-mail subject"
    new RegExp(`\\b(?:add|put|include|use)\\s+(?:the\\s+(?:tag|prefix)\\s+)?${quoteOpen}([^"\\]\\n\\u201d\\u2019]{2,40}?)${quoteClose}\\s+(?:tag\\s+|prefix\\s+)?(?:to|in|into|at the start of)\\s+(?:the|your)\\s+(?:e-?mail'?s?\\s+)?subject`, 'i'),
    // "prefix the subject (line) with GSoC:"
    new RegExp(`\\bprefix\\s+(?:the|your)\\s+(?:e-?mail\\s+)?subject(?:\\s+line)?\\s+with\\s+${quoteOpen}([^"\\]\\n\\u201d\\u2019]{2,40}?)${quoteClose}(?=[\\s.,;:]|$)`, 'i'),
  ];
  for (const pattern of patterns) {
    const tag = pattern.exec(text)?.[1]?.trim().replace(/[:\s]+$/, '');
    if (tag) return tag;
  }
  return null;
}

/** A file name for a draft's Markdown download: "application-ovmf-compatibility-support-module.md". */
export function draftFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `application-${slug || 'draft'}.md`;
}
