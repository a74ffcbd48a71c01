// The parser on every saved rendering of the page: all 18 ideas, field by field.
import { describe, expect, it } from 'vitest';
import type { Idea } from '../../lib/idea';
import { looksLikeIdeasPage, parsePage } from '../../lib/parse/index';
import { FIXTURE_URL as PAGE_URL, loadFixturePage as loadFixture } from './helpers/fixture-pages';

type Expected = {
  title: string;
  legacyAnchor?: string;
  status: Idea['status'];
  category: string;
  inserted: [raw: string, date: string, ambiguous: boolean];
  gsoc: boolean | null;
  contacts: Idea['contacts'];
  difficulty: [raw: string, min: string | null, max: string | null];
  skills: string[];
  description: string;
  descriptionLinks: number;
  outcomes: string | null;
  comments?: Array<Omit<Idea['comments'][number], 'text'> & { text: string }>;
};

const PEER = 'List of peer reviewed Projects';
const WORK = 'List of projects that need more work';
const KONRAD = { name: 'Konrad Rzeszutek Wilk', email: 'konrad.wilk@oracle.com' };
const ANDRES = { name: 'Andres Lagar-Cavilla', email: 'andres@lagarcavilla.org' };
const ANIL = { name: 'Anil Madhavapeddy', email: 'anil@recoil.org' };
const GEORGE = { name: 'George Dunlap', email: 'george.dunlap@eu.citrix.com' };
const UNKNOWN: Expected['difficulty'] = ['Unknown', null, null];

const EXPECTED: Expected[] = [
  {
    title: 'OVMF Compatibility Support Module support in Xen', status: 'peer-reviewed', category: 'Domain support (PVOPS and Linux)',
    inserted: ['2/5/2014', '2014-02-05', true], gsoc: true, contacts: [{ name: 'Wei Liu', email: 'wei.liu2@citrix.com' }],
    difficulty: ['Medium', 'medium', 'medium'], skills: ['C', 'firmware'],
    description: 'OVMF is a project to enable UEFI support for virtual machine. http://sourceforge.net/apps/mediawiki/tianocore/index.php?title=OVMF', descriptionLinks: 2,
    outcomes: 'Produce a single firmware binary that can be used for legacy boot HVM guest and UEFI HVM guest',
    comments: [{ author: 'sdytlm', timestamp: null, text: 'Hi, I am interested to work on this project.', field: 'outcomes' }],
  },
  {
    title: 'Utilize Intel QuickData on network and block path.', status: 'peer-reviewed', category: 'Domain support (PVOPS and Linux)',
    inserted: ['01/22/2013', '2013-01-22', false], gsoc: true, contacts: [KONRAD], difficulty: ['High', 'hard', 'hard'], skills: ['Linux kernel'],
    description: 'The Intel QuickData, also known as Direct Cache Access (or IOA/T), is the chipset that sits in the PCIe subsystem in the Intel systems.', descriptionLinks: 2,
    outcomes: '- Investigate whether DCA (aka QuickData aka I/O AT) works with Xen.\n- If above is true: have upstream patches (or draft patches)\n- and benchmark report of with and without.',
  },
  {
    title: 'Xen block backend/frontend multiqueue support', legacyAnchor: 'Xen_block_backend.2Ffrontend_multiqueue_support', status: 'peer-reviewed', category: 'Domain support (PVOPS and Linux)',
    inserted: ['03/09/2014', '2014-03-09', true], gsoc: true, contacts: [KONRAD], difficulty: ['High', 'hard', 'hard'], skills: ['C', 'Linux kernel', 'storage'],
    description: 'The Linux kernel (and FreeBSD, Windows, etc) have ParaVirtualized (PV) drivers to perform', descriptionLinks: 7,
    outcomes: '- Patches for the Linux Kernel Mailing list (LKML).\n- Benchmark reports.',
  },
  {
    title: 'Enabling the 9P File System transport as a paravirt device', status: 'peer-reviewed', category: 'Domain support (PVOPS and Linux)',
    inserted: ['01/20/2014', '2014-01-20', false], gsoc: true, contacts: [ANDRES], difficulty: ['High', 'hard', 'hard'], skills: ['Linux kernel', 'Xen', 'storage', 'virtio'],
    description: 'VirtIO provides a 9P FS transport, which is essentially a paravirt file system device.', descriptionLinks: 0,
    outcomes: '- LKML patches for front and back end drivers.\n- In particular, domain should be able to boot from the 9P FS.',
    comments: [{ author: 'Lars.kurth', timestamp: '2014-02-17T15:24:00Z', field: 'review', text: 'This project would benefit from links to the virtio specs and documents explaining how the PV protocol works.' }],
  },
  {
    title: 'CPU/RAM/PCI diagram tool', legacyAnchor: 'CPU.2FRAM.2FPCI_diagram_tool', status: 'peer-reviewed', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['01/30/2014', '2014-01-30', false], gsoc: true, contacts: [{ name: 'Andrew Cooper', email: 'andrew.cooper3@citrix.com' }],
    difficulty: ['Moderate, to Extremely Difficult (depending on which area of the problem you choose to tackle)', 'medium', 'hard'],
    skills: ['shell', 'Linux kernel', 'ACPI', 'hardware'],
    description: 'It is often useful in debugging kernel, hypervisor or performance problems to understand the bus topology of a server.', descriptionLinks: 0,
    outcomes: 'A tool is created that can either run on a live Linux system or offline using captured data',
  },
  {
    title: 'KDD (Windows Debugger Stub) enhancements', legacyAnchor: 'KDD_.28Windows_Debugger_Stub.29_enhancements', status: 'peer-reviewed', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['01/30/2014', '2014-01-30', false], gsoc: true, contacts: [{ name: 'Paul Durrant', email: 'paul.durrant@citrix.com' }],
    difficulty: ['Medium', 'medium', 'medium'], skills: ['C', 'Xen', 'Windows', 'debugging'],
    description: 'kdd is a Windows Debugger Stub for Xen hypervisor.', descriptionLinks: 1,
    outcomes: 'Code is submitted to xen-devel@xen.org for inclusion in the xen-unstable project.',
  },
  {
    title: 'CPUID Programming for Humans', status: 'peer-reviewed', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['02/04/2014', '2014-02-04', true], gsoc: true, contacts: [ANDRES], difficulty: ['Easy', 'easy', 'easy'],
    skills: ['C', 'Xen toolstack', 'QEMU', 'libvirt'],
    description: 'When creating a VM, a policy is applied to mask certain CPUID features.', descriptionLinks: 3,
    outcomes: '- Mainline patches for libxl',
  },
  {
    title: 'Create a tiny VM for easy load testing', status: 'peer-reviewed', category: 'Mirage OS',
    inserted: ['01/30/2014', '2014-01-30', false], gsoc: true, contacts: [{ name: 'Dave Scott', email: 'dave.scott@eu.citrix.com' }],
    difficulty: ['Medium', 'medium', 'medium'], skills: ['OCaml'],
    description: 'The Mirage OS framework (see http://xenproject.org/developers/teams/mirage-os.html, http://www.openmirage.org/) can be used', descriptionLinks: 4,
    outcomes: "1. a repository containing an 'unikernel' (see http://github.com/mirage/mirage-skeleton) 2. at least 2 I/O traces",
  },
  {
    title: 'Fuzz testing Xen with Mirage', status: 'peer-reviewed', category: 'Mirage OS',
    inserted: ['28/11/2013', '2013-11-28', false], gsoc: true, contacts: [ANIL], difficulty: ['medium', 'medium', 'medium'], skills: ['OCaml', 'Xen'],
    description: 'Mirage OS (see http://xenproject.org/developers/teams/mirage-os.html, http://www.openmirage.org/) is a type-safe unikernel written in OCaml', descriptionLinks: 4,
    outcomes: '1. a repo containing a fuzz testing tool; 2. some unexpected behaviour with a backtrace',
  },
  {
    title: 'Mirage OS web stack testing', status: 'peer-reviewed', category: 'Mirage OS',
    inserted: ['25/02/2014', '2014-02-25', false], gsoc: true, contacts: [ANIL], difficulty: ['medium', 'medium', 'medium'], skills: ['OCaml', 'shell'],
    description: "MirageOS has an emerging web toolstack that's broken up as a series of libraries", descriptionLinks: 0,
    outcomes: '1. a test harness for HTTP; 2. some results of the evaluation using the test harness',
  },
  {
    title: 'Implement Xen PVSCSI support in xl/libxl toolstack', legacyAnchor: 'Implement_Xen_PVSCSI_support_in_xl.2Flibxl_toolstack', status: 'needs-work', category: 'Domain support (PVOPS and Linux)',
    inserted: ['01/12/2012', '2012-01-12', true], gsoc: true, contacts: [{ name: 'Pasi Karkkainen', email: 'pasik@iki.fi' }], difficulty: UNKNOWN, skills: [],
    description: 'xl/libxl does not currently support Xen PVSCSI functionality. Port the feature from xm/xend to xl/libxl. Necessary operations include:\n- Task 1:', descriptionLinks: 1,
    outcomes: null,
    comments: [{ author: 'Lars.kurth', timestamp: '2013-01-23T14:14:00Z', field: 'description', text: 'Should be suitable, but desc needs. Rate in terms of challenges, size and skill. Also kernel functionality is not yet upstreamed. Maybe Suse kernel.' }],
  },
  {
    title: 'Introducing PowerClamp-like driver for Xen', status: 'needs-work', category: 'Xen Hypervisor',
    inserted: ['01/22/2013', '2013-01-22', false], gsoc: true, contacts: [GEORGE], difficulty: UNKNOWN, skills: [],
    description: 'PowerClamp was introduced to Linux in late 2012', descriptionLinks: 1, outcomes: null,
  },
  {
    title: 'Refactor Linux hotplug scripts', status: 'needs-work', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['15/11/2012', '2012-11-15', false], gsoc: true, contacts: [{ name: 'Roger Pau Monné', email: 'roger.pau@citrix.com' }], difficulty: UNKNOWN, skills: [],
    description: 'Current Linux hotplug scripts are all entangled', descriptionLinks: 1, outcomes: null,
  },
  {
    title: 'XL to XCP VM motion', status: 'needs-work', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['15/11/12', '2012-11-15', false], gsoc: true, contacts: [{ name: 'Ian Campbell', email: null }], difficulty: UNKNOWN, skills: [],
    description: 'Currently xl (the toolstack supplied alongside Xen) and xapi (the XCP toolstack)', descriptionLinks: 1, outcomes: null,
  },
  {
    title: 'Advanced Scheduling Parameters', status: 'needs-work', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['01/22/2013', '2013-01-22', false], gsoc: true, contacts: [GEORGE], difficulty: UNKNOWN, skills: [],
    description: 'The credit scheduler provides a range of "knobs" to control guest behavior', descriptionLinks: 0, outcomes: null,
  },
  {
    title: 'Allowing guests to boot with a passed-through GPU as the primary display', status: 'needs-work', category: 'PCI Pass-through improvements',
    inserted: ['01/22/2013', '2013-01-22', false], gsoc: true, contacts: [GEORGE], difficulty: UNKNOWN, skills: [],
    description: 'One of the primary drivers of Xen in the "consumer market"', descriptionLinks: 1, outcomes: null,
  },
  {
    title: 'Improve PCIe Advanced Error Reporting (AER) handling for passed-through devices', legacyAnchor: 'Improve_PCIe_Advanced_Error_Reporting_.28AER.29_handling_for_passed-through_devices',
    status: 'needs-work', category: 'PCI Pass-through improvements',
    inserted: ['03/04/2014', '2014-03-04', true], gsoc: true, contacts: [{ name: 'Matt Wilson', email: 'msw@amazon.com' }],
    difficulty: ['Medium-High', 'medium', 'hard'], skills: ['C', 'PCIe', 'hardware'],
    description: 'Today the xen-pciback driver handles an AER event for passed-through PCI devices.', descriptionLinks: 0,
    outcomes: 'Patches for libxl, qemu, and perhaps xen-pciback posted',
  },
  {
    title: 'DRBD Integration', status: 'needs-work', category: 'XAPI',
    inserted: ['07/01/2013', '2013-07-01', true], gsoc: null, contacts: [{ name: 'John Morris', email: 'john@zultron.com' }], difficulty: UNKNOWN, skills: [],
    description: 'DRBD is potentially a great addition to the other high-availability features in XenAPI.', descriptionLinks: 0, outcomes: null,
  },
];

const html5Anchor = (title: string) => title.replace(/ /g, '_');

describe.each([
  ['outreach-vector-mw1.31.html', 'legacy'],
  ['outreach-vector2022-mw1.44.html', 'html5'],
])('parsing %s', (fixture, anchors) => {
  const doc = loadFixture(fixture);
  const result = parsePage(doc, PAGE_URL);

  it('finds the page and all 18 ideas in page order', () => {
    expect(looksLikeIdeasPage(doc)).toBe(true);
    expect(result.page).toEqual({ title: 'Outreach Program Projects', url: PAGE_URL });
    expect(result.ideas.map((idea) => idea.title)).toEqual(EXPECTED.map((e) => e.title));
  });

  it('reports nothing unreadable beyond the ideas that lack fields', () => {
    expect(result.warnings).toEqual([]);
  });

  it.each(EXPECTED.map((e, i) => [e.title, i] as const))('reads "%s" field by field', (_title, i) => {
    const idea = result.ideas[i];
    const want = EXPECTED[i];
    expect(idea.key).toBe(html5Anchor(want.title));
    expect(idea.anchor).toBe(anchors === 'legacy' ? (want.legacyAnchor ?? html5Anchor(want.title)) : html5Anchor(want.title));
    expect(idea.status).toBe(want.status);
    expect(idea.section).toBe(want.status === 'peer-reviewed' ? PEER : WORK);
    expect(idea.category).toBe(want.category);
    expect(idea.inserted).toEqual({ raw: want.inserted[0], date: want.inserted[1], ambiguous: want.inserted[2] });
    expect(idea.verified).toEqual({ raw: 'Not updated in 2020', date: null, ambiguous: false });
    expect(idea.gsoc).toBe(want.gsoc);
    expect(idea.contacts).toEqual(want.contacts);
    expect(idea.mailingList).toBe('xen-devel@');
    expect(idea.irc).toBe('#xen-devel');
    expect(idea.difficulty).toEqual({ raw: want.difficulty[0], min: want.difficulty[1], max: want.difficulty[2] });
    expect(idea.skills.tags).toEqual(want.skills);
    if (!want.skills.length) expect(idea.skills.raw).toBe('Unknown');
    expect(idea.description?.text.startsWith(want.description)).toBe(true);
    expect(idea.description?.links).toHaveLength(want.descriptionLinks);
    if (want.outcomes === null) expect(idea.outcomes).toBeNull();
    else expect(idea.outcomes?.text.startsWith(want.outcomes)).toBe(true);
    expect(idea.comments).toEqual(want.comments ?? []);
  });
});

describe('parsing the later revision outreach-vector-mw1.31.rev2.html', () => {
  const result = parsePage(loadFixture('outreach-vector-mw1.31.rev2.html'), PAGE_URL);
  const byTitle = (title: string) => result.ideas.find((idea) => idea.title === title);

  it('lists the ideas of that revision', () => {
    const titles = EXPECTED.map((e) => e.title).filter((t) => t !== 'Advanced Scheduling Parameters');
    expect(result.ideas.map((idea) => idea.title)).toEqual([...titles, 'Xen network backend multiqueue support']);
    expect(result.warnings).toEqual([]);
  });

  it('reads the added idea under New Project Ideas', () => {
    const added = byTitle('Xen network backend multiqueue support')!;
    expect([added.status, added.section, added.category]).toEqual(['new', 'New Project Ideas', 'Xen Hypervisor']);
    expect(added.inserted).toEqual({ raw: '04/03/2014', date: '2014-04-03', ambiguous: true });
    expect(added.contacts).toEqual([KONRAD]);
    expect(added.difficulty).toEqual({ raw: 'High', min: 'hard', max: 'hard' });
    expect(added.skills.tags).toEqual(['C', 'Linux kernel', 'storage']);
    expect(added.outcomes?.text).toBe('Patches for netback and netfront, and benchmark reports.');
  });

  it('reads the changed comments and difficulty', () => {
    expect(byTitle('Enabling the 9P File System transport as a paravirt device')!.comments).toEqual([]);
    expect(byTitle('Create a tiny VM for easy load testing')!.comments).toEqual([
      { author: 'Lars.kurth', timestamp: '2014-03-03T10:02:00Z', field: 'review', text: 'Which Windows version should the trace come from?' },
    ]);
    expect(byTitle('Mirage OS web stack testing')!.difficulty).toEqual({ raw: 'Easy', min: 'easy', max: 'easy' });
  });
});
