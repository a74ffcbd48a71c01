// The "All ideas pages" view exported for an admin's records: CSV (RFC 4180, as the shortlist's) and Markdown.
import { beforeAll, expect, test, vi } from 'vitest';
import { buildCatalogue, type ProgramIdea } from '../../lib/program/catalogue';
import { programCsv, programMarkdown } from '../../lib/program/export';
import { programCopies, READ_AT } from './helpers/program';

// The copies are read once per file with jsdom: seconds on a busy 2-core machine.
vi.setConfig({ hookTimeout: 60_000 });

const NOW = new Date(READ_AT);
let ideas: ProgramIdea[];

beforeAll(async () => {
  ideas = buildCatalogue(await programCopies(), { includeArchived: false }).ideas;
});

test('CSV: a header, then one row per idea with its page, relistings, verification and review state', () => {
  const picked = [ideas[1], ideas[4], ideas[8]]; // Fuzz testing (relisted, verified), Credit2 (1 comment), OVMF (1 comment)
  const lines = programCsv(picked, NOW).split('\r\n');
  expect(lines).toEqual([
    '\ufeffTitle,Link,Page,Also on,Difficulty,Skills,GSoC,Technical contact,Verified,To confirm,Open review comments,Needs info',
    'Fuzz testing Xen with Mirage,https://wiki.xenproject.org/wiki/GSoC_2026_Ideas#Fuzz_testing_Xen_with_Mirage,GSoC 2026 Ideas,Outreach Program Projects,medium,"OCaml, Xen",yes,Anil Madhavapeddy <anil@recoil.org>,2026-11-01,no,0,',
    '"Credit2 & RTDS: tuning, tests (phase 1)",https://wiki.xenproject.org/wiki/GSoC_2015#Credit2_.26_RTDS:_tuning.2C_tests_.28phase_1.29,GSoC 2015,,Beginner,"C, Go, Python",yes,"Dario Faggioli <dario@example.org>, Jane Roe <jane.roe@example.org>",2015-12-03,yes,1,outcomes',
    'OVMF Compatibility Support Module support in Xen,https://wiki.xenproject.org/wiki/Outreach_Program_Projects#OVMF_Compatibility_Support_Module_support_in_Xen,Outreach Program Projects,,Medium,"C, firmware",yes,Wei Liu <wei.liu2@citrix.com>,Not updated in 2020,yes,1,',
    '',
  ]);
});

test('Markdown: the ideas with their facts, then the ideas to confirm by contact', () => {
  const markdown = programMarkdown([ideas[1], ideas[4]], { now: NOW, status: '22 ideas on 3 pages', filters: 'search "mirage credit2"' });
  expect(markdown).toBe(
    [
      '# Xen Project ideas pages',
      '',
      'Exported 2026-12-01 10:00 UTC from 22 ideas on 3 pages.',
      'Filtered: search "mirage credit2"; 2 ideas shown.',
      '',
      '## Ideas',
      '',
      '- [Fuzz testing Xen with Mirage](<https://wiki.xenproject.org/wiki/GSoC_2026_Ideas#Fuzz_testing_Xen_with_Mirage>): GSoC 2026 Ideas; also on Outreach Program Projects; difficulty medium; last verified 1 November 2026',
      '- [Credit2 & RTDS: tuning, tests (phase 1)](<https://wiki.xenproject.org/wiki/GSoC_2015#Credit2_.26_RTDS:_tuning.2C_tests_.28phase_1.29>): GSoC 2015; difficulty Beginner; last verified 3 December 2015; 1 open review comment; needs outcomes',
      '',
      '## Ideas to confirm with their mentors',
      '',
      '### Dario Faggioli \\<dario@example.org\\>',
      '',
      '- [Credit2 & RTDS: tuning, tests (phase 1)](<https://wiki.xenproject.org/wiki/GSoC_2015#Credit2_.26_RTDS:_tuning.2C_tests_.28phase_1.29>) (GSoC 2015), last verified 3 December 2015',
      '',
      '### Jane Roe \\<jane.roe@example.org\\>',
      '',
      '- [Credit2 & RTDS: tuning, tests (phase 1)](<https://wiki.xenproject.org/wiki/GSoC_2015#Credit2_.26_RTDS:_tuning.2C_tests_.28phase_1.29>) (GSoC 2015), last verified 3 December 2015',
      '',
    ].join('\n'),
  );
});
