import { describe, expect, it } from 'vitest';
import { SKILL_TAGS, parseSkills } from '../../lib/parse/skills';
import { SKILL_VOCABULARY } from '../../lib/parse/skill-vocabulary';

const tags = (raw: string | null) => parseSkills(raw).tags;

describe('parseSkills: values from the page', () => {
  it.each([
    ['You need to have understanding of:\nFirmware internal\nSome C programming skills', ['C', 'firmware']],
    [
      'The basic requirement for this project is Linux kernel programming skill. The candidate for this project should be familiar with open source development workflow as it may require collaboration with several parties.',
      ['Linux kernel'],
    ],
    ['You need to have understanding of:\nKnowledge of Linux kernel\nHow I/O works\nC language', ['C', 'Linux kernel', 'storage']],
    [
      'Required skills include knowledge of kernel hacking, file system internals. Desired skills include: understanding of Xen PV driver structure, and VirtIO.',
      ['Linux kernel', 'Xen', 'storage', 'virtio'],
    ],
    [
      'Understanding of PC server hardware, Understanding of ACPI/SMBios tables, Linux scripting or kernel hacking (depending on which area of the problem you choose to tackle)',
      ['shell', 'Linux kernel', 'ACPI', 'hardware'],
    ],
    ['C, Kernel Debuggers, Xen, Windows', ['C', 'Xen', 'Windows', 'debugging']],
    [
      'A good understanding of C user-land programming, and the ability to dive into qemu/libvirt (for reference code and integration), as well as libxc and libxl (for implementation).',
      ['C', 'Xen toolstack', 'QEMU', 'libvirt'],
    ],
    ['OCaml', ['OCaml']],
    ['OCaml, Xen', ['OCaml', 'Xen']],
    ['OCaml, shell scripting', ['OCaml', 'shell']],
    ['Understanding of PC server hardware, PCIe, C', ['C', 'PCIe', 'hardware']],
    ['Unknown', []],
  ])('%s', (raw, expected) => {
    const result = parseSkills(raw);
    expect(result.raw).toBe(raw);
    expect(result.tags).toEqual(expected);
  });
});

describe('parseSkills: C and its neighbours', () => {
  it.each([
    ['C', ['C']],
    ['C,', ['C']],
    ['Good C', ['C']],
    ['C language', ['C']],
    ['c programming', ['C']],
    ['C user-land', ['C']],
    ['C-like languages', ['C']],
    ['C.', ['C']],
    ['C++', ['C++']],
    ['Modern C++ (C++17)', ['C++']],
    ['C/C++', ['C', 'C++']],
    ['C++ and C', ['C', 'C++']],
    ['C#', []],
    ['C# and .NET', []],
    ['Objective-C', []],
    ['OCaml', ['OCaml']],
    ['ocaml', ['OCaml']],
    ['ACPI', ['ACPI']],
    ['Cython', []],
    ['cpp', ['C++']],
  ])('%s -> %j', (raw, expected) => {
    expect(tags(raw)).toEqual(expected);
  });
});

describe('parseSkills: Go is a language, not a verb', () => {
  it.each([
    ['Go', ['Go']],
    ['Go, Rust', ['Go', 'Rust']],
    ['Python or Go', ['Go', 'Python']],
    ['Go programming', ['Go']],
    ['Go/Rust', ['Go', 'Rust']],
    ['golang', ['Go']],
    ['Golang experience', ['Go']],
    ['good knowledge', []],
    ['go through the code', []],
    ['Go through the code', []],
    ['Go to the wiki', []],
    ['a go-getter', []],
    ['Google Go-ahead', []],
    ['ability to go deep', []],
  ])('%s -> %j', (raw, expected) => {
    expect(tags(raw)).toEqual(expected);
  });
});

describe('parseSkills: synonyms', () => {
  it.each([
    ['shell scripting', 'shell'],
    ['bash', 'shell'],
    ['Linux scripting', 'shell'],
    ['kernel hacking', 'Linux kernel'],
    ['Linux kernel', 'Linux kernel'],
    ['kernel programming', 'Linux kernel'],
    ['Knowledge of Linux kernel', 'Linux kernel'],
    ['Xen PV driver', 'Xen'],
    ['xl', 'Xen toolstack'],
    ['libxl', 'Xen toolstack'],
    ['libxc', 'Xen toolstack'],
    ['xapi', 'Xen toolstack'],
    ['toolstack', 'Xen toolstack'],
    ['Windows', 'Windows'],
    ['ARM', 'ARM'],
    ['ARMv8', 'ARM'],
    ['AArch64', 'ARM'],
    ['x86', 'x86'],
    ['x64', 'x86'],
    ['x86_64', 'x86'],
    ['PCI', 'PCIe'],
    ['PCIe', 'PCIe'],
    ['ACPI', 'ACPI'],
    ['SMBios', 'ACPI'],
    ['firmware', 'firmware'],
    ['BIOS', 'firmware'],
    ['UEFI', 'firmware'],
    ['OVMF', 'firmware'],
    ['SeaBIOS', 'firmware'],
    ['qemu', 'QEMU'],
    ['libvirt', 'libvirt'],
    ['FreeBSD', 'FreeBSD'],
    ['network', 'networking'],
    ['TCP/IP', 'networking'],
    ['storage', 'storage'],
    ['block devices', 'storage'],
    ['I/O', 'storage'],
    ['file systems', 'storage'],
    ['filesystem', 'storage'],
    ['virtio', 'virtio'],
    ['PC server hardware', 'hardware'],
    ['debuggers', 'debugging'],
    ['WinDbg', 'debugging'],
    ['Java', 'Java'],
    ['JavaScript', 'JavaScript'],
    ['HTML and CSS', 'web'],
    ['HTML/CSS', 'web'],
    ['web stack', 'web'],
    ['git', 'git'],
    ['Python', 'Python'],
    ['Perl', 'Perl'],
    ['Rust', 'Rust'],
  ])('%s gives %s', (raw, tag) => {
    expect(tags(raw)).toContain(tag);
  });

  it('Kernel Debuggers is debugging, not Linux kernel (KDD debugs Windows)', () => {
    expect(tags('Kernel Debuggers')).toEqual(['debugging']);
  });
  it('Windows kernel drivers are not Linux kernel', () => {
    expect(tags('Windows kernel drivers')).toEqual(['Windows']);
  });
  it('WinDbg is Windows too', () => {
    expect(tags('WinDbg')).toEqual(['Windows', 'debugging']);
  });
  it('JavaScript is not Java, Java is not JavaScript', () => {
    expect(tags('JavaScript')).toEqual(['JavaScript']);
    expect(tags('Java Script')).toEqual(['JavaScript']);
    expect(tags('Java')).toEqual(['Java']);
  });
  it('lowercase "arm" (a limb) is not ARM; SMBios is not BIOS; lspci is not PCI', () => {
    expect(tags('twist my arm')).toEqual([]);
    expect(tags('SMBios')).toEqual(['ACPI']);
    expect(tags('lspci output')).toEqual([]);
  });
  it('"building blocks" is not storage; GitHub is not git', () => {
    expect(tags('building blocks')).toEqual([]);
    expect(tags('GitHub account')).toEqual([]);
  });
});

describe('parseSkills: raw, labels and unknowns', () => {
  it('drops a repeated label from raw', () => {
    expect(parseSkills('Skills Needed: Good C and Python')).toEqual({ raw: 'Good C and Python', tags: ['C', 'Python'] });
    expect(parseSkills('Skills: OCaml')).toEqual({ raw: 'OCaml', tags: ['OCaml'] });
    expect(parseSkills('skills required: bash')).toEqual({ raw: 'bash', tags: ['shell'] });
  });
  it('keeps a label that is not at the start', () => {
    expect(parseSkills('Desired skills include: Xen').raw).toBe('Desired skills include: Xen');
  });
  it.each(['Unknown', 'TBD', 'unknown.', 'N/A', '?'])('%s gives no tags, raw kept', (raw) => {
    expect(parseSkills(raw)).toEqual({ raw, tags: [] });
  });
  it.each([null, '', '  ', 'Skills Needed:'])('%j gives raw null', (raw) => {
    expect(parseSkills(raw)).toEqual({ raw: null, tags: [] });
  });
  it('trims raw', () => {
    expect(parseSkills('  OCaml \n')).toEqual({ raw: 'OCaml', tags: ['OCaml'] });
  });
  it('tags are unique and in vocabulary order', () => {
    expect(tags('Xen, C, Xen, C, OCaml, c programming')).toEqual(['C', 'OCaml', 'Xen']);
  });
});

describe('SKILL_TAGS and the vocabulary', () => {
  it('lists every tag once, in vocabulary order', () => {
    expect(SKILL_TAGS).toEqual(SKILL_VOCABULARY.map((e) => e.tag));
    expect(new Set(SKILL_TAGS).size).toBe(SKILL_TAGS.length);
    expect(SKILL_TAGS.slice(0, 4)).toEqual(['C', 'C++', 'OCaml', 'Go']);
  });
  it('holds the required tags', () => {
    for (const tag of ['C', 'C++', 'OCaml', 'Go', 'Rust', 'Python', 'Perl', 'shell', 'Linux kernel', 'Xen', 'Xen toolstack',
      'Windows', 'ARM', 'x86', 'PCIe', 'ACPI', 'firmware', 'QEMU', 'libvirt', 'FreeBSD', 'networking', 'storage', 'virtio',
      'hardware', 'debugging', 'Java', 'JavaScript', 'web', 'git']) {
      expect(SKILL_TAGS).toContain(tag);
    }
  });
  it('no pattern is global (stateful test would skip matches)', () => {
    for (const entry of SKILL_VOCABULARY) for (const p of entry.patterns) expect(p.global).toBe(false);
  });
  it('every tag matches its own display spelling', () => {
    for (const entry of SKILL_VOCABULARY) expect(tags(entry.tag)).toContain(entry.tag);
  });
  it('gives the same tags on repeated calls', () => {
    const raw = 'C, Kernel Debuggers, Xen, Windows';
    expect(tags(raw)).toEqual(tags(raw));
  });
});
