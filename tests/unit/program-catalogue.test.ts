// The program as one list: pages in order, archived ones left out by default, relisted ideas shown once with the
// other pages named; the ideas to confirm with their mentors, one mail per contact; the exports.
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { buildCatalogue, comparableTitle, relistedGroups, type ProgramIdea } from '../../lib/program/catalogue';
import { checkIns, needsConfirming } from '../../lib/program/check-in';
import { deriveProgram } from '../../lib/program/derive';
import { createSearchIndex } from '../../lib/search';
import type { PageCopy } from '../../lib/program/page-copy';
import { ARCHIVED, GSOC_2015, GSOC_2026, OUTREACH, TYPO_TITLE } from '../support/program-wiki';
import { programCopies, READ_AT } from './helpers/program';

// The copies are read once per file with jsdom: seconds on a busy 2-core machine.
vi.setConfig({ hookTimeout: 60_000 });

const NOW = new Date(READ_AT);
const OUTREACH_URL = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects';
let copies: PageCopy[];

beforeAll(async () => {
  copies = await programCopies();
});

describe('the catalogue', () => {
  test('current pages, newest first; archived pages left out; relisted ideas once, on their newest page', () => {
    const catalogue = buildCatalogue(copies, { includeArchived: false });
    expect(catalogue.pages.map((page) => page.title)).toEqual([GSOC_2026.title, GSOC_2015.title, OUTREACH.title]);
    expect(catalogue.archivedLeftOut).toBe(1);
    expect(catalogue.copies.length).toBe(4 + 4 + 18);
    expect(catalogue.ideas.map((entry) => [entry.pageTitle, entry.idea.title, entry.alsoOn.map((page) => page.title)])).toEqual([
      [GSOC_2026.title, 'CPUID Programming for Humans', [OUTREACH.title]],
      [GSOC_2026.title, 'Fuzz testing Xen with Mirage', [OUTREACH.title]],
      [GSOC_2026.title, TYPO_TITLE, [OUTREACH.title]],
      [GSOC_2026.title, 'DRBD Integration', [OUTREACH.title]],
      [GSOC_2015.title, 'Credit2 & RTDS: tuning, tests (phase 1)', []],
      [GSOC_2015.title, 'Improve documentation', []],
      [GSOC_2015.title, 'Improve documentation', []],
      [GSOC_2015.title, 'Improve documentation', []],
      [OUTREACH.title, 'OVMF Compatibility Support Module support in Xen', []],
      [OUTREACH.title, 'Utilize Intel QuickData on network and block path.', []],
      [OUTREACH.title, 'Xen block backend/frontend multiqueue support', []],
      [OUTREACH.title, 'Enabling the 9P File System transport as a paravirt device', []],
      [OUTREACH.title, 'CPU/RAM/PCI diagram tool', []],
      [OUTREACH.title, 'KDD (Windows Debugger Stub) enhancements', []],
      [OUTREACH.title, 'Create a tiny VM for easy load testing', []],
      [OUTREACH.title, 'Implement Xen PVSCSI support in xl/libxl toolstack', []],
      [OUTREACH.title, 'Introducing PowerClamp-like driver for Xen', []],
      [OUTREACH.title, 'Refactor Linux hotplug scripts', []],
      [OUTREACH.title, 'XL to XCP VM motion', []],
      [OUTREACH.title, 'Advanced Scheduling Parameters', []],
      [OUTREACH.title, 'Allowing guests to boot with a passed-through GPU as the primary display', []],
      [OUTREACH.title, 'Improve PCIe Advanced Error Reporting (AER) handling for passed-through devices', []],
    ]);
    const fuzz = catalogue.ideas[1];
    expect({ id: fuzz.id, pageId: fuzz.pageId, url: fuzz.url, alsoOn: fuzz.alsoOn, archived: fuzz.archived }).toEqual({
      id: 'GSoC_2026_Ideas#Fuzz_testing_Xen_with_Mirage',
      pageId: 'GSoC_2026_Ideas',
      url: 'https://wiki.xenproject.org/wiki/GSoC_2026_Ideas#Fuzz_testing_Xen_with_Mirage',
      alsoOn: [{ title: OUTREACH.title, url: `${OUTREACH_URL}#Fuzz_testing_Xen_with_Mirage` }],
      archived: false,
    });
  });

  test('archived pages included on request, after the current ones', () => {
    const catalogue = buildCatalogue(copies, { includeArchived: true });
    expect(catalogue.pages.map((page) => page.title)).toEqual([GSOC_2026.title, GSOC_2015.title, OUTREACH.title, ARCHIVED.title]);
    expect([catalogue.archivedLeftOut, catalogue.ideas.length]).toEqual([0, 24]);
    expect(catalogue.ideas.slice(-2).map((entry) => [entry.idea.title, entry.archived, entry.url])).toEqual([
      ['Xen on RISC-V: bring-up', true, 'https://wiki.xenproject.org/wiki/Archived/Outreachy_Projects#Xen_on_RISC-V:_bring-up'],
      ['Unsigned review', true, 'https://wiki.xenproject.org/wiki/Archived/Outreachy_Projects#Unsigned_review'],
    ]);
  });

  test('a page that was never read (its first read failed) counts no ideas and is not a page of the view', () => {
    const failed: PageCopy = { ...copies[0], pageid: 77, title: 'Outreachy Round 30', revid: null, readAt: null, ideas: [], error: { message: 'The wiki answered 500 Internal Server Error.', at: READ_AT } };
    const catalogue = buildCatalogue([...copies, failed], { includeArchived: false });
    expect(catalogue.pages.map((page) => page.title)).toEqual([GSOC_2026.title, GSOC_2015.title, OUTREACH.title]);
  });
});

describe('relisted ideas', () => {
  const entry = (pageId: string, title: string): ProgramIdea =>
    ({ id: `${pageId}#${title}`, pageId, pageTitle: pageId, archived: false, idea: { title } as ProgramIdea['idea'], url: '', alsoOn: [] });
  const titles = (groups: ProgramIdea[][]) => groups.map((group) => group.map((idea) => `${idea.pageId}: ${idea.idea.title}`));

  test('the same words, or a title within a typo or two, on another page; never two of one page', () => {
    expect(
      titles(
        relistedGroups([
          entry('A', 'Xen on ARM: Live migration'),
          entry('A', 'Improve documentation'),
          entry('A', 'Improve documentation'),
          entry('B', 'Xen on ARM - live migration'),
          entry('B', 'Improve documentation'),
          entry('C', 'Xen on ARM: live migraton'),
          entry('C', 'Improve documentation'),
          entry('C', 'Improve documentation'),
          entry('C', 'Improve documentation'),
          entry('C', 'Xen on ARM: vGICv2'),
          entry('D', 'Xen on ARM: vGICv3'),
          entry('C', 'PV drivers'),
          entry('D', 'PV driver'),
          entry('D', 'Xen on RISC-V: bring-up'),
        ]),
      ),
    ).toEqual([
      ['A: Xen on ARM: Live migration', 'B: Xen on ARM - live migration', 'C: Xen on ARM: live migraton'],
      ['A: Improve documentation', 'B: Improve documentation', 'C: Improve documentation'],
      ['A: Improve documentation', 'C: Improve documentation'],
      ['C: Improve documentation'],
      // Numbers are never typos: version 2 is not version 3.
      ['C: Xen on ARM: vGICv2'],
      ['D: Xen on ARM: vGICv3'],
      // Short titles must match exactly.
      ['C: PV drivers'],
      ['D: PV driver'],
      ['D: Xen on RISC-V: bring-up'],
    ]);
  });

  test('titles compared by their words, case, accents and punctuation aside', () => {
    expect(comparableTitle('Refactor Linux hotplug scripts (Monné)!')).toBe('refactor linux hotplug scripts monne');
  });
});

describe('ideas to confirm with their mentors', () => {
  test('not verified for over a year, or never', () => {
    const { ideas } = buildCatalogue(copies, { includeArchived: false });
    expect(ideas.filter((entry) => !needsConfirming(entry, NOW)).map((entry) => [entry.idea.title, entry.idea.verified?.date])).toEqual([
      ['CPUID Programming for Humans', '2026-11-01'],
      ['Fuzz testing Xen with Mirage', '2026-11-01'],
    ]);
    expect(needsConfirming(ideas[0], new Date('2027-11-02T10:00:00Z'))).toBe(true);
  });

  test('grouped by technical contact, the most ideas first; an idea with two contacts is in both groups', () => {
    const { ideas } = buildCatalogue(copies, { includeArchived: false });
    expect(checkIns(ideas, NOW).map((group) => [group.contact?.name, group.ideas.length, group.mailto !== null])).toEqual([
      ['George Dunlap', 3, true],
      ['Konrad Rzeszutek Wilk', 2, true],
      ['Alice Smith', 1, true],
      ['Andres Lagar-Cavilla', 1, true],
      ['Andrew Cooper', 1, true],
      ['Anil Madhavapeddy', 1, true],
      ['Bob Lee', 1, false],
      ['Carol White', 1, true],
      ['Dan Brown', 1, false],
      ['Dario Faggioli', 1, true],
      ['Dave Scott', 1, true],
      ['Ian Campbell', 1, false],
      ['Jane Roe', 1, true],
      ['John Morris', 1, true],
      ['Matt Wilson', 1, true],
      ['Pasi Karkkainen', 1, true],
      ['Paul Durrant', 1, true],
      ['Roger Pau Monné', 1, true],
      ['Wei Liu', 1, true],
    ]);
  });

  test('one prefilled mail per contact: to them, the list in CC, each idea with its page and link', () => {
    const { ideas } = buildCatalogue(copies, { includeArchived: false });
    const konrad = checkIns(ideas, NOW)[1];
    const mail = new URL(konrad.mailto!);
    expect([mail.protocol, mail.pathname, mail.searchParams.get('cc'), mail.searchParams.get('subject')]).toEqual([
      'mailto:',
      'konrad.wilk@oracle.com',
      'xen-devel@lists.xenproject.org',
      'Do your Xen Project mentoring ideas still apply?',
    ]);
    expect(mail.searchParams.get('body')).toBe(
      [
        'Hello Konrad Rzeszutek Wilk,',
        '',
        'before the next mentoring round we are checking the project ideas on the Xen Project wiki. These 2 ideas name you as technical contact and have not been verified for over a year:',
        '',
        '- Utilize Intel QuickData on network and block path. (Outreach Program Projects), never verified ("Not updated in 2020")',
        `  ${OUTREACH_URL}#Utilize_Intel_QuickData_on_network_and_block_path.`,
        '- Xen block backend/frontend multiqueue support (Outreach Program Projects), never verified ("Not updated in 2020")',
        `  ${OUTREACH_URL}#Xen_block_backend.2Ffrontend_multiqueue_support`,
        '',
        'Do they still apply? If so, please update "Verified" on the wiki page; if not, let us know and we will move them to the archive.',
        '',
        'Thank you,',
      ].join('\n'),
    );
  });

  test('ideas naming no contact are listed last, without a mail', () => {
    const { ideas } = buildCatalogue(copies, { includeArchived: false });
    const orphan = { ...ideas[5], idea: { ...ideas[5].idea, contacts: [] } };
    const groups = checkIns([orphan, ideas[10]], NOW);
    expect(groups.map((group) => [group.contact?.name ?? null, group.ideas.map((entry) => entry.idea.title), group.mailto])).toEqual([
      ['Konrad Rzeszutek Wilk', ['Xen block backend/frontend multiqueue support'], expect.stringMatching(/^mailto:konrad\.wilk@oracle\.com\?cc=/)],
      [null, ['Improve documentation'], null],
    ]);
  });
});

describe('the search over the program', () => {
  test('is over each idea once, keyed by its program id', () => {
    const { catalogue, searchIdeas } = deriveProgram(copies, { includeArchived: false, now: NOW });
    expect(searchIdeas.map((idea) => idea.key)).toEqual(catalogue.ideas.map((entry) => entry.id));
    const byId = new Map(catalogue.ideas.map((entry) => [entry.id, entry]));
    const found = createSearchIndex(searchIdeas).search('mirage')!.hits.map((hit) => [byId.get(hit.key)!.pageTitle, byId.get(hit.key)!.idea.title]);
    // Titles first; relisted ideas once, on their newest page.
    expect(found).toEqual([
      [GSOC_2026.title, 'Fuzz testing Xen with Mirage'],
      [GSOC_2026.title, TYPO_TITLE],
      [OUTREACH.title, 'Create a tiny VM for easy load testing'],
    ]);
  });
});
