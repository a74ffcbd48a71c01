// The Markdown export: a readable ranked list with the facts, status and note of each idea.
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../lib/export/markdown';
import { escapeMarkdown } from '../../lib/text';
import { sampleIdea } from './helpers/ideas';
import { sampleBookmark } from './helpers/shortlist';

const grant = sampleBookmark({ rank: 2, progress: 'contacted', note: 'Ask Jane about v3.\nRead the docs first.' });
const mirage = sampleBookmark({
  rank: 1,
  idea: sampleIdea({
    key: 'Fuzz_testing_Xen_with_Mirage',
    anchor: 'Fuzz_testing_Xen_with_Mirage',
    title: 'Fuzz testing Xen with Mirage',
    contacts: [{ name: 'Anil Madhavapeddy', email: 'anil@recoil.org' }, { name: 'Dave Scott', email: null }],
    mailingList: 'mirageos-devel@',
    difficulty: { raw: 'medium', min: 'medium', max: 'medium' },
    skills: { raw: 'OCaml', tags: ['OCaml', 'Xen'] },
  }),
});

describe('toMarkdown', () => {
  it('lists the ideas in rank order with every fact, status and note', () => {
    expect(toMarkdown([grant, mirage], '2025-03-05T14:30:00.000Z')).toBe(
      [
        '# Idea Scout shortlist',
        '',
        'Exported 2025-03-05 14:30 UTC, 2 ideas.',
        '',
        '## 1. Fuzz testing Xen with Mirage',
        '',
        '- Link: <https://wiki.xenproject.org/wiki/Outreach_Program_Projects#Fuzz_testing_Xen_with_Mirage>',
        '- Page: Outreach Program Projects',
        '- Difficulty: medium',
        '- Skills: OCaml, Xen',
        '- Mentor: Anil Madhavapeddy (anil@recoil.org), Dave Scott',
        '- Mailing list: mirageos-devel@lists.xenproject.org',
        '- Status: Interested',
        '',
        '## 2. PV grant table improvements',
        '',
        '- Link: <https://wiki.xenproject.org/wiki/Outreach_Program_Projects#PV_grant_table>',
        '- Page: Outreach Program Projects',
        '- Difficulty: Medium',
        '- Skills: c, xen',
        '- Mentor: Jane Mentor (jane@example.org)',
        '- Mailing list: xen-devel@lists.xenproject.org',
        '- Status: Contacted mentor',
        '- Note: Ask Jane about v3.',
        '  Read the docs first.',
        '',
      ].join('\n'),
    );
  });

  it('marks an idea its page no longer lists', () => {
    const gone = sampleBookmark({ missingSince: '2025-04-01T08:00:00.000Z' });
    expect(toMarkdown([gone], '2025-04-02T00:00:00.000Z')).toContain('**No longer listed on its page** (since 2025-04-01).');
  });

  it('says so when the shortlist is empty', () => {
    expect(toMarkdown([], '2025-04-02T00:00:00.000Z')).toBe(
      '# Idea Scout shortlist\n\nExported 2025-04-02 00:00 UTC, 0 ideas.\n\nThe shortlist is empty.\n',
    );
  });

  it('keeps titles and notes from turning into markup', () => {
    expect(escapeMarkdown('*[click](javascript:x)* <b>_x_</b> a|b')).toBe('\\*\\[click\\](javascript:x)\\* \\<b\\>\\_x\\_\\</b\\> a\\|b');
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not a list')).toBe('\\# not a heading\n\\- not a list\n1\\. not a list');
    const hostile = sampleBookmark({ title: '[Win](https://evil.example) **now**', note: '<img src=x onerror=alert(1)>' });
    const md = toMarkdown([hostile], '2025-04-02T00:00:00.000Z');
    expect(md).toContain('## 1. \\[Win\\](https://evil.example) \\*\\*now\\*\\*');
    expect(md).toContain('- Note: \\<img src=x onerror=alert(1)\\>');
  });
});
