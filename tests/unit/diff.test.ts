// "Since your last visit": snapshots of a page and the diff of two of them.
import { describe, expect, it } from 'vitest';
import { diffCounts, diffSnapshots, isEmptyDiff, type PageDiff } from '../../lib/diff';
import type { Idea } from '../../lib/idea';
import { parsePage } from '../../lib/parse/index';
import { takeSnapshot, VALUE_CHARS } from '../../lib/snapshot';
import { PageSnapshot } from '../../lib/snapshot-schema';
import { FIXTURE_URL, loadFixturePage, parseFixture } from './helpers/fixture-pages';
import { sampleIdea } from './helpers/ideas';

const snap = (...ideas: Idea[]) => takeSnapshot({ page: { title: 'Test', url: FIXTURE_URL }, ideas });
const idea = (key: string, overrides: Partial<Idea> = {}) =>
  sampleIdea({ key, anchor: key, title: key.replace(/_/g, ' '), description: { text: `All about ${key}.`, links: [] }, ...overrides });
const comment = (author: string | null, timestamp: string | null, text: string, field = 'review') => ({ author, timestamp, text, field });
/** The diff in words, for readable expectations. */
function summary(diff: PageDiff) {
  return {
    added: diff.added.map((i) => i.key),
    removed: diff.removed.map((i) => i.key),
    changed: diff.changed.map((c) => ({
      key: c.key,
      ...(c.before.key !== c.key ? { was: c.before.key } : {}),
      fields: c.fields.map((f) => `${f.label}: ${f.before} -> ${f.after}`),
      comments: {
        added: c.comments.added.map((x) => x.text),
        addressed: c.comments.addressed.map((x) => x.text),
        edited: c.comments.edited.map((x) => `${x.before.text} -> ${x.after.text}`),
      },
    })),
  };
}
const NO_COMMENT_CHANGES = { added: [], addressed: [], edited: [] };

describe('snapshot', () => {
  it('is small, valid against its schema, and keeps what the diff and the review queue need', () => {
    const snapshot = takeSnapshot(parseFixture('outreach-vector-mw1.31.html'));
    expect(PageSnapshot.safeParse(snapshot).error).toBeUndefined();
    expect(snapshot.ideas).toHaveLength(18);
    expect(JSON.stringify(snapshot).length).toBeLessThan(30_000);
    const mirage = snapshot.ideas.find((i) => i.title === 'Mirage OS web stack testing')!;
    expect(mirage.fields.difficulty.value).toBe('medium');
    expect(mirage).toMatchObject({ status: 'peer-reviewed', section: 'List of peer reviewed Projects', category: 'Mirage OS', needs: [] });
    const ovmf = snapshot.ideas[0];
    expect(ovmf.comments).toEqual([
      { author: 'sdytlm', timestamp: null, field: 'outcomes', text: 'Hi, I am interested to work on this project.', hash: expect.any(String) },
    ]);
  });

  it('cuts long values but compares them whole', () => {
    const long = 'x'.repeat(5000);
    const a = snap(idea('A', { description: { text: `${long} one`, links: [] } }));
    const b = snap(idea('A', { description: { text: `${long} two`, links: [] } }));
    expect(a.ideas[0].fields.description.value).toHaveLength(VALUE_CHARS);
    expect(a.ideas[0].fields.description.value.endsWith('…')).toBe(true);
    expect(summary(diffSnapshots(a, b)).changed.map((c) => c.fields.length)).toEqual([1]);
  });

  it('ignores re-wrapped whitespace', () => {
    const a = snap(idea('A', { description: { text: 'Two\nlines  here', links: [] } }));
    const b = snap(idea('A', { description: { text: 'Two lines here', links: [] } }));
    expect(isEmptyDiff(diffSnapshots(a, b))).toBe(true);
  });
});

describe('diff of the saved pages', () => {
  const rev1 = takeSnapshot(parseFixture('outreach-vector-mw1.31.html'));
  const rev2 = takeSnapshot(parseFixture('outreach-vector-mw1.31.rev2.html'));

  it('reports every difference the fixtures README lists, and nothing else', () => {
    const diff = diffSnapshots(rev1, rev2);
    expect(summary(diff)).toEqual({
      added: ['Xen_network_backend_multiqueue_support'],
      removed: ['Advanced_Scheduling_Parameters'],
      changed: [
        {
          key: 'Enabling_the_9P_File_System_transport_as_a_paravirt_device',
          fields: [],
          comments: {
            ...NO_COMMENT_CHANGES,
            addressed: ['This project would benefit from links to the virtio specs and documents explaining how the PV protocol works.'],
          },
        },
        {
          key: 'Create_a_tiny_VM_for_easy_load_testing',
          fields: [],
          comments: { ...NO_COMMENT_CHANGES, added: ['Which Windows version should the trace come from?'] },
        },
        { key: 'Mirage_OS_web_stack_testing', fields: ['Difficulty: medium -> Easy'], comments: NO_COMMENT_CHANGES },
      ],
    });
    expect(diff.added[0]).toMatchObject({ section: 'New Project Ideas', category: 'Xen Hypervisor', status: 'new' });
    expect(diff.changed[1].comments.added[0]).toMatchObject({ author: 'Lars.kurth', timestamp: '2014-03-03T10:02:00Z' });
    expect(diffCounts(diff)).toEqual({ added: 1, removed: 1, changed: 1, newComments: 1, editedComments: 0, addressedComments: 1 });
  });

  it('the reverse diff is the mirror image', () => {
    expect(summary(diffSnapshots(rev2, rev1))).toMatchObject({
      added: ['Advanced_Scheduling_Parameters'],
      removed: ['Xen_network_backend_multiqueue_support'],
    });
  });

  it('finds nothing between a page and itself, or between two skins rendering the same text', () => {
    expect(isEmptyDiff(diffSnapshots(rev1, rev1))).toBe(true);
    expect(isEmptyDiff(diffSnapshots(rev1, takeSnapshot(parseFixture('outreach-vector2022-mw1.44.html'))))).toBe(true);
  });

  it('a renamed heading over the same body is a change of title, not a removal and an addition', () => {
    const doc = loadFixturePage('outreach-vector-mw1.31.rev2.html');
    const headline = [...doc.querySelectorAll('.mw-headline')].find((h) => h.textContent === 'CPUID Programming for Humans')!;
    headline.textContent = 'CPUID programming made easy';
    const renamed = takeSnapshot(parsePage(doc, FIXTURE_URL));
    expect(summary(diffSnapshots(rev2, renamed))).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          key: 'CPUID_programming_made_easy',
          was: 'CPUID_Programming_for_Humans',
          fields: ['Title: CPUID Programming for Humans -> CPUID programming made easy'],
          comments: NO_COMMENT_CHANGES,
        },
      ],
    });
    expect(diffSnapshots(rev2, renamed).changed[0].renamed).toBe(true);
  });
});

describe('synthetic changes', () => {
  it('a renamed idea whose description was also edited is still the same idea when contacts and date of insert agree', () => {
    const before = snap(idea('Grant_tables', { inserted: { raw: '01/22/2013', date: '2013-01-22', ambiguous: false } }), idea('Other'));
    const after = snap(
      idea('Faster_grant_tables', {
        inserted: { raw: '01/22/2013', date: '2013-01-22', ambiguous: false },
        description: { text: 'Rewritten from scratch.', links: [] },
      }),
      idea('Other'),
    );
    expect(summary(diffSnapshots(before, after)).changed).toEqual([
      {
        key: 'Faster_grant_tables',
        was: 'Grant_tables',
        fields: ['Title: Grant tables -> Faster grant tables', 'Description: All about Grant_tables. -> Rewritten from scratch.'],
        comments: NO_COMMENT_CHANGES,
      },
    ]);
  });

  it('an idea that went and an unrelated one that came are removed and added, even with the same mentor', () => {
    const before = snap(idea('Scheduling', { inserted: { raw: '2013', date: null, ambiguous: false } }));
    const after = snap(idea('Network_multiqueue', { inserted: { raw: '2014', date: null, ambiguous: false } }));
    expect(summary(diffSnapshots(before, after))).toEqual({ added: ['Network_multiqueue'], removed: ['Scheduling'], changed: [] });
  });

  it('an idea moved to another section is changed (section, category), not removed and added', () => {
    const before = snap(idea('A', { status: 'needs-work', section: 'List of projects that need more work', category: 'Tools' }));
    const after = snap(idea('A', { status: 'peer-reviewed', section: 'List of peer reviewed Projects', category: 'Hypervisor' }));
    expect(summary(diffSnapshots(before, after)).changed).toEqual([
      {
        key: 'A',
        fields: ['Section: List of projects that need more work -> List of peer reviewed Projects', 'Category: Tools -> Hypervisor'],
        comments: NO_COMMENT_CHANGES,
      },
    ]);
  });

  it('an edited comment (same signature, other text) is reported as edited, neither addressed nor new', () => {
    const at = '2014-02-17T15:24:00Z';
    const before = snap(idea('A', { comments: [comment('Lars', at, 'Add links.'), comment('Ann', null, 'Unclear scope.', 'outcomes')] }));
    const after = snap(idea('A', { comments: [comment('Lars', at, 'Add links to the specs.'), comment('Ann', null, 'Scope still unclear.', 'outcomes')] }));
    expect(summary(diffSnapshots(before, after)).changed[0].comments).toEqual({
      added: [],
      addressed: [],
      edited: ['Add links. -> Add links to the specs.', 'Unclear scope. -> Scope still unclear.'],
    });
  });

  it('comments are counted, not just compared: one of two identical comments going is one addressed', () => {
    const same = comment('Lars', '2014-02-17T15:24:00Z', 'Add links.');
    const before = snap(idea('A', { comments: [same, same, comment('Bob', '2015-01-01T00:00:00Z', 'Old remark')] }));
    const after = snap(idea('A', { comments: [same, comment('Bob', '2016-01-01T00:00:00Z', 'New remark'), comment(null, null, 'Unsigned')] }));
    expect(summary(diffSnapshots(before, after)).changed[0].comments).toEqual({
      added: ['New remark', 'Unsigned'],
      addressed: ['Add links.', 'Old remark'],
      edited: [],
    });
  });
});

describe('ideas with the same title', () => {
  const GSOC_URL = 'https://wiki.xenproject.org/wiki/GSoC_2015';
  const page = (edit: (doc: Document) => void = () => {}) => {
    const doc = loadFixturePage('variants/monobook-dl-h3.html', GSOC_URL);
    edit(doc);
    return takeSnapshot(parsePage(doc, GSOC_URL));
  };
  /** Removes an idea: its heading and the definition list under it. */
  const removeIdea = (id: string) => (doc: Document) => {
    const heading = doc.getElementById(id)!.closest('h3')!;
    heading.nextElementSibling!.remove();
    heading.remove();
  };
  const original = page();

  it('the page has three ideas titled "Improve documentation", with distinct keys', () => {
    expect(original.ideas.map((i) => i.key)).toEqual([
      'Credit2_&_RTDS:_tuning,_tests_(phase_1)',
      'Improve_documentation@Scheduling',
      'Improve_documentation@Tools',
      'Improve_documentation@Tools~2',
    ]);
  });

  it('removing the first of two in a category reports that one, though the other takes over its key', () => {
    const after = page(removeIdea('Improve_documentation_2'));
    expect(after.ideas.map((i) => i.key)).toContain('Improve_documentation@Tools');
    const diff = diffSnapshots(original, after);
    expect(summary(diff)).toEqual({ added: [], removed: ['Improve_documentation@Tools'], changed: [] });
    expect(diff.removed[0].fields.description.value).toBe('Document the toolstack.');
  });

  it('leaving one of three: the one left is unchanged, the two others removed', () => {
    const after = page((doc) => {
      removeIdea('Improve_documentation')(doc);
      removeIdea('Improve_documentation_3')(doc);
    });
    expect(after.ideas.map((i) => i.key)).toEqual(['Credit2_&_RTDS:_tuning,_tests_(phase_1)', 'Improve_documentation']);
    const diff = diffSnapshots(original, after);
    expect(summary(diff)).toEqual({ added: [], removed: ['Improve_documentation@Scheduling', 'Improve_documentation@Tools~2'], changed: [] });
  });

  it('an edit to one of them is reported on that one only', () => {
    const after = page((doc) => {
      const dd = [...doc.querySelectorAll('dd')].find((d) => d.textContent === 'Document the tests.')!;
      dd.textContent = 'Document the test suite.';
    });
    expect(summary(diffSnapshots(original, after)).changed).toEqual([
      {
        key: 'Improve_documentation@Tools~2',
        fields: ['Description: Document the tests. -> Document the test suite.'],
        comments: NO_COMMENT_CHANGES,
      },
    ]);
  });

  it('a new idea with a title already on the page is added, and the others stay unchanged', () => {
    const after = page((doc) => {
      const heading = doc.createElement('h3');
      heading.innerHTML = '<span class="mw-headline" id="Improve_documentation_4">Improve documentation</span>';
      const dl = doc.createElement('dl');
      dl.innerHTML = '<dt>Technical contact</dt><dd>Eve &lt;eve@example.org&gt;</dd><dt>Difficulty</dt><dd>Easy</dd><dt>Description</dt><dd>Document the hypercalls.</dd>';
      const credit = doc.getElementById('Credit2_.26_RTDS:_tuning.2C_tests_.28phase_1.29')!.closest('h3')!;
      credit.nextElementSibling!.after(heading, dl);
    });
    const diff = diffSnapshots(original, after);
    expect(summary(diff)).toEqual({ added: ['Improve_documentation@Scheduling'], removed: [], changed: [] });
    expect(diff.added[0].fields.description.value).toBe('Document the hypercalls.');
  });
});
