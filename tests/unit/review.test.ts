// Review at a glance: open comments with their age, the queue, "needs info", the summary line, the Markdown.
import { describe, expect, it } from 'vitest';
import {
  excerpt,
  formatAge,
  formatDate,
  needsInfo,
  oldestAge,
  queueMarkdown,
  reviewQueue,
  summarize,
  summaryLine,
} from '../../lib/review';
import { takeSnapshot } from '../../lib/snapshot';
import { sampleIdea } from './helpers/ideas';
import { parseFixture } from './helpers/fixture-pages';

const NOW = new Date('2026-02-10T12:00:00Z');
const comment = (author: string | null, timestamp: string | null, text = 'Please add links.') => ({
  author,
  timestamp,
  text,
  field: 'review',
});

describe('age of a comment', () => {
  it.each([
    ['2014-02-17T15:24:00Z', '11 years'], // February 17th has not come round yet in 2026
    ['2014-02-10T11:00:00Z', '12 years'],
    ['2013-01-23T14:14:00Z', '13 years'],
    ['2025-02-10T12:00:00Z', '1 year'],
    ['2025-12-01T00:00:00Z', '2 months'],
    ['2026-01-10T12:00:00Z', '1 month'],
    ['2026-01-20T12:00:00Z', '21 days'],
    ['2026-02-09T11:00:00Z', '1 day'],
    ['2026-02-10T08:00:00Z', 'less than a day'],
    ['not a date', 'date unknown'],
  ])('%s is %s old', (iso, age) => {
    expect(formatAge(iso, NOW)).toBe(age);
  });

  it('dates read as the wiki signs them (UTC)', () => {
    expect(formatDate('2014-03-03T10:02:00Z')).toBe('3 March 2014');
    expect(formatDate('2014-12-31T23:59:00Z')).toBe('31 December 2014');
    expect(formatDate(null)).toBe('date unknown');
  });

  it('the oldest dated comment gives the idea its age; undated ones only when nothing is dated', () => {
    const idea = sampleIdea({ comments: [comment('a', '2025-12-01T00:00:00Z'), comment('b', null), comment('c', '2014-02-10T11:00:00Z')] });
    expect(oldestAge(idea, NOW)).toBe('12 years');
    expect(oldestAge(sampleIdea({ comments: [comment('a', null)] }), NOW)).toBe('date unknown');
    expect(oldestAge(sampleIdea(), NOW)).toBeNull();
  });

  it('excerpts cut long comments at a word', () => {
    expect(excerpt('  short\n text ')).toBe('short text');
    const long = excerpt('word '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(140);
    expect(long).toMatch(/word…$/);
  });
});

describe('review queue', () => {
  it('lists every open comment oldest first, undated ones last in page order', () => {
    const ideas = [
      sampleIdea({ key: 'a', title: 'A', anchor: 'A', comments: [comment('x', null, 'first undated'), comment('y', '2020-01-01T00:00:00Z')] }),
      sampleIdea({ key: 'b', title: 'B', anchor: 'B', comments: [comment('z', '2013-01-01T00:00:00Z'), comment(null, null, 'unsigned')] }),
      sampleIdea({ key: 'c', title: 'C', anchor: 'C' }),
    ];
    expect(reviewQueue(ideas).map((e) => [e.ideaKey, e.index, e.author, e.timestamp])).toEqual([
      ['b', 0, 'z', '2013-01-01T00:00:00Z'],
      ['a', 1, 'y', '2020-01-01T00:00:00Z'],
      ['a', 0, 'x', null],
      ['b', 1, null, null],
    ]);
  });

  it.each([
    ['outreach-vector-mw1.31.html'],
    ['outreach-vector2022-mw1.44.html'],
  ])('on %s: the three comments the parser finds, oldest first', (fixture) => {
    const { ideas } = parseFixture(fixture);
    const queue = reviewQueue(ideas);
    expect(queue.map((e) => [e.ideaTitle, e.author, formatDate(e.timestamp)])).toEqual([
      ['Implement Xen PVSCSI support in xl/libxl toolstack', 'Lars.kurth', '23 January 2013'],
      ['Enabling the 9P File System transport as a paravirt device', 'Lars.kurth', '17 February 2014'],
      ['OVMF Compatibility Support Module support in Xen', 'sdytlm', 'date unknown'],
    ]);
    expect(queue[2].excerpt).toBe('Hi, I am interested to work on this project.');
    expect(queue.map((e) => e.field)).toEqual(['description', 'review', 'outcomes']);
  });

  it('works the same on a stored snapshot as on the parsed page', () => {
    const parsed = parseFixture('outreach-vector-mw1.31.html');
    expect(reviewQueue(takeSnapshot(parsed).ideas)).toEqual(reviewQueue(parsed.ideas));
  });
});

describe('needs info', () => {
  it('an idea with everything a student needs lacks nothing', () => {
    expect(needsInfo(sampleIdea({ outcomes: { text: 'Patches upstream.', links: [] } }))).toEqual([]);
  });

  it('names each missing part', () => {
    expect(
      needsInfo(
        sampleIdea({
          difficulty: { raw: 'Unknown', min: null, max: null },
          skills: { raw: 'Unknown', tags: [] },
          outcomes: null,
          contacts: [{ name: 'Ian Campbell', email: null }],
        }),
      ),
    ).toEqual(['difficulty', 'skills', 'outcomes', 'contact e-mail']);
  });

  it('difficulty null..null, skills without tags, "Not specified" outcomes and no contacts count as missing', () => {
    expect(needsInfo(sampleIdea({ difficulty: { raw: null, min: null, max: null }, outcomes: { text: 'x', links: [] } }))).toEqual(['difficulty']);
    expect(needsInfo(sampleIdea({ skills: { raw: 'Some experience', tags: [] }, outcomes: { text: 'x', links: [] } }))).toEqual(['skills']);
    expect(needsInfo(sampleIdea({ outcomes: { text: 'Not specified', links: [] } }))).toEqual(['outcomes']);
    expect(needsInfo(sampleIdea({ contacts: [], outcomes: { text: 'x', links: [] } }))).toEqual(['contact e-mail']);
  });

  it('on the 1.31 page: the seven "need more work" ideas with Unknown fields, one also without an e-mail', () => {
    const { ideas } = parseFixture('outreach-vector-mw1.31.html');
    const flagged = ideas.map((i) => [i.title, needsInfo(i)] as const).filter(([, needs]) => needs.length);
    expect(flagged).toEqual([
      ['Implement Xen PVSCSI support in xl/libxl toolstack', ['difficulty', 'skills', 'outcomes']],
      ['Introducing PowerClamp-like driver for Xen', ['difficulty', 'skills', 'outcomes']],
      ['Refactor Linux hotplug scripts', ['difficulty', 'skills', 'outcomes']],
      ['XL to XCP VM motion', ['difficulty', 'skills', 'outcomes', 'contact e-mail']],
      ['Advanced Scheduling Parameters', ['difficulty', 'skills', 'outcomes']],
      ['Allowing guests to boot with a passed-through GPU as the primary display', ['difficulty', 'skills', 'outcomes']],
      ['DRBD Integration', ['difficulty', 'skills', 'outcomes']],
    ]);
  });
});

describe('summary line', () => {
  it('counts comments, ideas with comments and ideas needing info', () => {
    const { ideas } = parseFixture('outreach-vector-mw1.31.html');
    const summary = summarize(ideas.map((idea) => ({ ...idea, needs: needsInfo(idea) })));
    expect(summaryLine(summary)).toBe('3 open review comments on 3 ideas · 7 ideas need info');
    expect(summaryLine(summarize(takeSnapshot({ page: { title: '', url: '' }, ideas }).ideas))).toBe(
      '3 open review comments on 3 ideas · 7 ideas need info',
    );
  });

  it('says one in the singular and none in words', () => {
    expect(summaryLine({ comments: 1, ideasWithComments: 1, ideasNeedingInfo: 1 })).toBe('1 open review comment on 1 idea · 1 idea needs info');
    expect(summaryLine({ comments: 2, ideasWithComments: 1, ideasNeedingInfo: 0 })).toBe('2 open review comments on 1 idea · no idea needs info');
    expect(summaryLine({ comments: 0, ideasWithComments: 0, ideasNeedingInfo: 3 })).toBe('No open review comments · 3 ideas need info');
  });
});

describe('Copy as Markdown', () => {
  const link = (anchor: string) => `https://wiki.xenproject.org/wiki/Outreach_Program_Projects#${anchor}`;

  it('lists the queue with links, author, date and excerpt', () => {
    const { ideas } = parseFixture('outreach-vector-mw1.31.html');
    const text = queueMarkdown('Outreach Program Projects', reviewQueue(ideas), (e) => link(e.anchor));
    expect(text.split('\n')).toEqual([
      'Open review comments on "Outreach Program Projects" (3), oldest first:',
      '',
      '- [Implement Xen PVSCSI support in xl/libxl toolstack](https://wiki.xenproject.org/wiki/Outreach_Program_Projects#Implement_Xen_PVSCSI_support_in_xl.2Flibxl_toolstack): ' +
        'Lars.kurth, 23 January 2013: "Should be suitable, but desc needs. Rate in terms of challenges, size and skill. Also kernel functionality is not yet upstreamed. Maybe…"',
      '- [Enabling the 9P File System transport as a paravirt device](https://wiki.xenproject.org/wiki/Outreach_Program_Projects#Enabling_the_9P_File_System_transport_as_a_paravirt_device): ' +
        'Lars.kurth, 17 February 2014: "This project would benefit from links to the virtio specs and documents explaining how the PV protocol works."',
      '- [OVMF Compatibility Support Module support in Xen](https://wiki.xenproject.org/wiki/Outreach_Program_Projects#OVMF_Compatibility_Support_Module_support_in_Xen): ' +
        'sdytlm, date unknown: "Hi, I am interested to work on this project."',
      '',
    ]);
  });

  it('keeps wiki text literal: Markdown characters escaped, parentheses in links encoded', () => {
    const idea = sampleIdea({ title: 'KDD (Windows) *stub* [v2]', anchor: 'KDD_(Windows)', comments: [comment(null, null, 'use `xl` _now_')] });
    const text = queueMarkdown('P', reviewQueue([idea]), (e) => link(e.anchor));
    expect(text).toContain(
      '- [KDD (Windows) \\*stub\\* \\[v2\\]](https://wiki.xenproject.org/wiki/Outreach_Program_Projects#KDD_%28Windows%29): unsigned, date unknown: "use \\`xl\\` \\_now\\_"',
    );
  });

  it('says so when nothing is open', () => {
    expect(queueMarkdown('P', [], () => '')).toContain('- None: every review comment has been addressed.');
  });
});
