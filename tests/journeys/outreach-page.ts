// What the Outreach Program Projects fixtures hold, as a person reading the page would list it
// (see tests/fixtures and the fixtures' README): the journeys' expectations, written once.

export const OUTREACH_URL = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects';
export const OUTREACH_URL_XEN_ORG = 'https://wiki.xen.org/index.php?title=Outreach_Program_Projects';

export const VECTOR_2010 = 'outreach-vector-mw1.31.html';
export const VECTOR_2022 = 'outreach-vector2022-mw1.44.html';

/** All 18 ideas, in page order (10 peer reviewed, then 8 that need more work). */
export const ALL_IDEAS = [
  'OVMF Compatibility Support Module support in Xen',
  'Utilize Intel QuickData on network and block path.',
  'Xen block backend/frontend multiqueue support',
  'Enabling the 9P File System transport as a paravirt device',
  'CPU/RAM/PCI diagram tool',
  'KDD (Windows Debugger Stub) enhancements',
  'CPUID Programming for Humans',
  'Create a tiny VM for easy load testing',
  'Fuzz testing Xen with Mirage',
  'Mirage OS web stack testing',
  'Implement Xen PVSCSI support in xl/libxl toolstack',
  'Introducing PowerClamp-like driver for Xen',
  'Refactor Linux hotplug scripts',
  'XL to XCP VM motion',
  'Advanced Scheduling Parameters',
  'Allowing guests to boot with a passed-through GPU as the primary display',
  'Improve PCIe Advanced Error Reporting (AER) handling for passed-through devices',
  'DRBD Integration',
] as const;

/** The three Mirage OS ideas: the ones whose skills say OCaml. */
export const MIRAGE_IDEAS = [
  'Create a tiny VM for easy load testing',
  'Fuzz testing Xen with Mirage',
  'Mirage OS web stack testing',
];

/** What a search for OCaml finds: the Mirage ideas, and "XL to XCP VM motion", whose description names OCaml. */
export const OCAML_IDEAS = [...MIRAGE_IDEAS, 'XL to XCP VM motion'];

/** Difficulty "Easy": only one idea. */
export const EASY_IDEAS = ['CPUID Programming for Humans'];

/** Skills list C: five ideas. */
export const C_IDEAS = [
  'OVMF Compatibility Support Module support in Xen',
  'Xen block backend/frontend multiqueue support',
  'KDD (Windows Debugger Stub) enhancements',
  'CPUID Programming for Humans',
  'Improve PCIe Advanced Error Reporting (AER) handling for passed-through devices',
];

/** C and Medium: "Medium-High" counts as Medium too. */
export const C_AND_MEDIUM_IDEAS = [
  'OVMF Compatibility Support Module support in Xen',
  'KDD (Windows Debugger Stub) enhancements',
  'Improve PCIe Advanced Error Reporting (AER) handling for passed-through devices',
];

/** The ideas that carry one open review comment each. */
export const IDEAS_WITH_REVIEW_COMMENTS = [
  'OVMF Compatibility Support Module support in Xen',
  'Enabling the 9P File System transport as a paravirt device',
  'Implement Xen PVSCSI support in xl/libxl toolstack',
];

/** The order of `ALL_IDEAS`, for comparing a subset with what the page shows. */
export function inPageOrder(titles: readonly string[]): string[] {
  return ALL_IDEAS.filter((title) => titles.includes(title));
}

/** The status line of the in-page panel for `shown` ideas out of all 18. */
export function showing(shown: number, total = ALL_IDEAS.length): string {
  return `Showing ${shown} of ${total} ideas`;
}
