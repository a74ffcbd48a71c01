// The curated skill tags and the phrases that mean them. Data only: parseSkills walks it in order.
// A tag is given when any of its patterns occurs. Patterns never carry the `g` flag (stateful `test`).
// Case matters where an English word collides with a name: "Go" (verb), "C", "ARM" (limb).

export interface SkillTag {
  /** Display spelling, fixed per tag. */
  tag: string;
  patterns: RegExp[];
}

export const SKILL_VOCABULARY: SkillTag[] = [
  {
    tag: 'C',
    patterns: [
      // A capital C standing alone: "C", "C,", "C/C++", "C user-land"; not "C++", "C#", "OCaml", "Objective-C".
      /(?<![\w#+-])C(?![\w#+])/,
      /\bc\s+(?:language|programming|code|coding)\b/i,
    ],
  },
  { tag: 'C++', patterns: [/(?<![\w#+])C\+\+/i, /\bcpp\b/i] },
  { tag: 'OCaml', patterns: [/\bOCaml\b/i] },
  {
    tag: 'Go',
    patterns: [
      /\bgolang\b/i,
      // Capital "Go" as a list item or with a language word; "Go through the code" is a verb.
      /(?<![\w-])Go(?=\s*(?:$|[,;/)\].]|\s+(?:and|or|programming|language|lang|code|coding|development|experience|skills?)\b))/,
    ],
  },
  { tag: 'Rust', patterns: [/\bRust\b/i] },
  { tag: 'Python', patterns: [/\bPython\d?\b/i] },
  { tag: 'Perl', patterns: [/\bPerl\b/i] },
  {
    tag: 'shell',
    patterns: [/\bshell\b/i, /\bbash\b/i, /\b(?:Linux|Unix|POSIX)\s+scripting\b/i, /\bsh\s+scripts?\b/i],
  },
  {
    tag: 'Linux kernel',
    patterns: [
      /\bLinux\s+kernel\b/i,
      /\bLKML\b/i,
      // "kernel debuggers" is left to debugging: KDD's kernel is Windows.
      /(?<!Windows\s)\bkernel\s+(?:hacking|programming|development|internals|drivers?|modules?)\b/i,
    ],
  },
  { tag: 'Xen', patterns: [/\bXen\b/i] },
  {
    tag: 'Xen toolstack',
    patterns: [/\b(?:xl|libxl|libxc|libxenlight|xapi|xend|XenAPI)\b/i, /\btoolstacks?\b/i],
  },
  { tag: 'Windows', patterns: [/\bWindows\b/i, /\bWin(?:32|64)\b/i, /\bWinDbg\b/i] },
  { tag: 'ARM', patterns: [/\bARM(?:v\d+|64)?\b/, /\bAArch64\b/i] },
  { tag: 'x86', patterns: [/\bx86(?:[_-]64)?\b/i, /\bx64\b/i, /\bamd64\b/i] },
  { tag: 'PCIe', patterns: [/\bPCI(?:e|-?X)?\b/i, /\bPCI[\s-]Express\b/i] },
  { tag: 'ACPI', patterns: [/\bACPI\b/i, /\bSMBios\b/i] },
  {
    tag: 'firmware',
    patterns: [/\bfirmware\b/i, /\bBIOS\b/i, /\bU?EFI\b/i, /\bOVMF\b/i, /\bSeaBIOS\b/i, /\bcoreboot\b/i, /\bhvmloader\b/i],
  },
  { tag: 'QEMU', patterns: [/\bQEMU\b/i] },
  { tag: 'libvirt', patterns: [/\blibvirt\b/i] },
  { tag: 'FreeBSD', patterns: [/\bFreeBSD\b/i] },
  { tag: 'networking', patterns: [/\bnetwork(?:s|ing)?\b/i, /\bTCP(?:\/IP)?\b/i, /\bnet(?:front|back)\b/i] },
  {
    tag: 'storage',
    patterns: [
      /\bstorage\b/i,
      /(?<!building\s)\bblock\b/i,
      /\bI\/O\b/i,
      /\bfile\s*systems?\b/i,
      /\bdisks?\b/i,
      /\bSCSI\b/i,
    ],
  },
  { tag: 'virtio', patterns: [/\bvirtio\b/i] },
  { tag: 'hardware', patterns: [/\bhardware\b/i] },
  { tag: 'debugging', patterns: [/\bdebug(?:gers?|ging)?\b/i, /\bWinDbg\b/i, /\bk?gdb\b/i] },
  { tag: 'Java', patterns: [/\bJava\b(?!\s*Script)/i] },
  { tag: 'JavaScript', patterns: [/\bJava\s*Script\b/i, /\bJS\b/, /\bNode\.?js\b/i, /\bTypeScript\b/i] },
  {
    tag: 'web',
    patterns: [/\bHTML\d?\b/i, /\bCSS\d?\b/i, /\bweb\b/i],
  },
  { tag: 'git', patterns: [/\bgit\b/i] },
];
