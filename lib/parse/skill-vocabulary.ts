// The curated skill tags and the phrases that mean them. Data only: parseSkills walks it in order.
// A tag is given when any of its patterns occurs. Patterns never carry the `g` flag (stateful `test`).
// `words` are cheap hints: every match of a pattern holds a word (lower-cased, split at anything but a-z and 0-9)
// that begins with one of them, so an entry none of whose words appear is never tested. Most skill values
// name a few tags, and most of the vocabulary's regular expressions are then neither compiled nor run.
// Case matters where an English word collides with a name: "Go" (verb), "C", "ARM" (limb).

export interface SkillTag {
  /** Display spelling, fixed per tag. */
  tag: string;
  /** Beginnings of the words a match must contain (see above); a test checks them against the patterns. */
  words: string[];
  patterns: RegExp[];
}

export const SKILL_VOCABULARY: SkillTag[] = [
  {
    tag: 'C',
    words: ['c'],
    patterns: [
      // A capital C standing alone: "C", "C,", "C/C++", "C user-land"; not "C++", "C#", "OCaml", "Objective-C".
      /(?<![\w#+-])C(?![\w#+])/,
      /\bc\s+(?:language|programming|code|coding)\b/i,
    ],
  },
  { tag: 'C++', words: ['c', 'cpp'], patterns: [/(?<![\w#+])C\+\+/i, /\bcpp\b/i] },
  { tag: 'OCaml', words: ['ocaml'], patterns: [/\bOCaml\b/i] },
  {
    tag: 'Go',
    words: ['go'],
    patterns: [
      /\bgolang\b/i,
      // Capital "Go" as a list item or with a language word; "Go through the code" is a verb.
      /(?<![\w-])Go(?=\s*(?:$|[,;/)\].]|\s+(?:and|or|programming|language|lang|code|coding|development|experience|skills?)\b))/,
    ],
  },
  { tag: 'Rust', words: ['rust'], patterns: [/\bRust\b/i] },
  { tag: 'Python', words: ['python'], patterns: [/\bPython\d?\b/i] },
  { tag: 'Perl', words: ['perl'], patterns: [/\bPerl\b/i] },
  {
    tag: 'shell',
    words: ['sh', 'bash', 'scripting'],
    patterns: [/\bshell\b/i, /\bbash\b/i, /\b(?:Linux|Unix|POSIX)\s+scripting\b/i, /\bsh\s+scripts?\b/i],
  },
  {
    tag: 'Linux kernel',
    words: ['kernel', 'lkml'],
    patterns: [
      /\bLinux\s+kernel\b/i,
      /\bLKML\b/i,
      // "kernel debuggers" is left to debugging: KDD's kernel is Windows.
      /(?<!Windows\s)\bkernel\s+(?:hacking|programming|development|internals|drivers?|modules?)\b/i,
    ],
  },
  { tag: 'Xen', words: ['xen'], patterns: [/\bXen\b/i] },
  {
    tag: 'Xen toolstack',
    words: ['xl', 'libx', 'xapi', 'xen', 'toolstack'],
    patterns: [/\b(?:xl|libxl|libxc|libxenlight|xapi|xend|XenAPI)\b/i, /\btoolstacks?\b/i],
  },
  { tag: 'Windows', words: ['win'], patterns: [/\bWindows\b/i, /\bWin(?:32|64)\b/i, /\bWinDbg\b/i] },
  { tag: 'ARM', words: ['arm', 'aarch64'], patterns: [/\bARM(?:v\d+|64)?\b/, /\bAArch64\b/i] },
  { tag: 'x86', words: ['x86', 'x64', 'amd64'], patterns: [/\bx86(?:[_-]64)?\b/i, /\bx64\b/i, /\bamd64\b/i] },
  { tag: 'PCIe', words: ['pci'], patterns: [/\bPCI(?:e|-?X)?\b/i, /\bPCI[\s-]Express\b/i] },
  { tag: 'ACPI', words: ['acpi', 'smbios'], patterns: [/\bACPI\b/i, /\bSMBios\b/i] },
  {
    tag: 'firmware',
    words: ['firmware', 'bios', 'efi', 'uefi', 'ovmf', 'seabios', 'coreboot', 'hvmloader'],
    patterns: [/\bfirmware\b/i, /\bBIOS\b/i, /\bU?EFI\b/i, /\bOVMF\b/i, /\bSeaBIOS\b/i, /\bcoreboot\b/i, /\bhvmloader\b/i],
  },
  { tag: 'QEMU', words: ['qemu'], patterns: [/\bQEMU\b/i] },
  { tag: 'libvirt', words: ['libvirt'], patterns: [/\blibvirt\b/i] },
  { tag: 'FreeBSD', words: ['freebsd'], patterns: [/\bFreeBSD\b/i] },
  { tag: 'networking', words: ['net', 'tcp'], patterns: [/\bnetwork(?:s|ing)?\b/i, /\bTCP(?:\/IP)?\b/i, /\bnet(?:front|back)\b/i] },
  {
    tag: 'storage',
    words: ['storage', 'block', 'i', 'file', 'disk', 'scsi'],
    patterns: [
      /\bstorage\b/i,
      /(?<!building\s)\bblock\b/i,
      /\bI\/O\b/i,
      /\bfile\s*systems?\b/i,
      /\bdisks?\b/i,
      /\bSCSI\b/i,
    ],
  },
  { tag: 'virtio', words: ['virtio'], patterns: [/\bvirtio\b/i] },
  { tag: 'hardware', words: ['hardware'], patterns: [/\bhardware\b/i] },
  { tag: 'debugging', words: ['debug', 'windbg', 'gdb', 'kgdb'], patterns: [/\bdebug(?:gers?|ging)?\b/i, /\bWinDbg\b/i, /\bk?gdb\b/i] },
  { tag: 'Java', words: ['java'], patterns: [/\bJava\b(?!\s*Script)/i] },
  { tag: 'JavaScript', words: ['java', 'js', 'node', 'typescript'], patterns: [/\bJava\s*Script\b/i, /\bJS\b/, /\bNode\.?js\b/i, /\bTypeScript\b/i] },
  {
    tag: 'web',
    words: ['html', 'css', 'web'],
    patterns: [/\bHTML\d?\b/i, /\bCSS\d?\b/i, /\bweb\b/i],
  },
  { tag: 'git', words: ['git'], patterns: [/\bgit\b/i] },
];
