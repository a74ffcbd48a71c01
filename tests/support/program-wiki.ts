// The Xen wiki's ideas pages as the tests' api.php serves them, built from the saved renderings:
// - "Outreach Program Projects": the MediaWiki 1.31 rendering, 18 ideas, 3 open review comments, none verified;
// - "GSoC 2026 Ideas": four of those ideas again (the Vector 2022 rendering), two verified a month ago and one
//   under a title with a typo ("tesing"): relisted ideas, shown once;
// - "GSoC 2015": the MonoBook rendering, 4 ideas (three called "Improve documentation"), 1 comment;
// - "Archived/Outreachy Projects": 2 ideas, left out unless archived pages are included.
import { parserOutputOf, WikiApiStandIn, type ApiPage } from './wiki-api';

export const OUTREACH = { pageid: 1201, title: 'Outreach Program Projects' };
export const GSOC_2026 = { pageid: 2410, title: 'GSoC 2026 Ideas' };
export const GSOC_2015 = { pageid: 1803, title: 'GSoC 2015' };
export const ARCHIVED = { pageid: 1502, title: 'Archived/Outreachy Projects' };

export const RELISTED = ['Fuzz testing Xen with Mirage', 'Mirage OS web stack testing', 'CPUID Programming for Humans', 'DRBD Integration'];
/** How "Mirage OS web stack testing" is spelled on the GSoC 2026 page. */
export const TYPO_TITLE = 'Mirage OS web stack tesing';

/** A date `days` before now, as the wiki's Verified field would give it. */
export function daysAgo(days: number, now = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

export function programPages(now = new Date()): ApiPage[] {
  return [
    { ...OUTREACH, revid: 5071, timestamp: '2014-03-03T10:02:00Z', html: parserOutputOf('outreach-vector-mw1.31.html') },
    {
      ...GSOC_2026,
      revid: 9120,
      timestamp: '2026-11-20T08:15:00Z',
      html: parserOutputOf('outreach-vector2022-mw1.44.html', {
        keep: RELISTED,
        rename: { 'Mirage OS web stack testing': TYPO_TITLE },
        verified: { 'Fuzz testing Xen with Mirage': daysAgo(30, now), 'CPUID Programming for Humans': daysAgo(30, now) },
      }),
    },
    { ...GSOC_2015, revid: 7702, timestamp: '2015-03-02T09:05:00Z', html: parserOutputOf('variants/monobook-dl-h3.html') },
    { ...ARCHIVED, revid: 8013, timestamp: '2021-06-01T12:00:00Z', html: parserOutputOf('variants/paragraphs-h3.html') },
  ];
}

export function programWiki(now = new Date()): WikiApiStandIn {
  return new WikiApiStandIn(programPages(now));
}

/** The Outreach page's later revision (one idea removed, one added, a comment addressed, another added). */
export function outreachRevision2(): ApiPage {
  return { ...OUTREACH, revid: 5090, timestamp: '2014-03-10T09:00:00Z', html: parserOutputOf('outreach-vector-mw1.31.rev2.html') };
}
