// The parser on every saved rendering of the page: all 18 ideas, field by field.
import { describe, expect, it } from 'vitest';
import type { Idea, Link } from '../../lib/idea';
import { looksLikeIdeasPage } from '../../lib/parse/detect';
import { parsePage } from '../../lib/parse/index';
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
  /** The whole text, one line per paragraph or list item. */
  description: string;
  descriptionLinks: Link[];
  outcomes: string | null;
  outcomesLinks?: Link[];
  comments?: Array<Omit<Idea['comments'][number], 'text'> & { text: string }>;
};

const PEER = 'List of peer reviewed Projects';
const WORK = 'List of projects that need more work';
const KONRAD = { name: 'Konrad Rzeszutek Wilk', email: 'konrad.wilk@oracle.com' };
const ANDRES = { name: 'Andres Lagar-Cavilla', email: 'andres@lagarcavilla.org' };
const ANIL = { name: 'Anil Madhavapeddy', email: 'anil@recoil.org' };
const GEORGE = { name: 'George Dunlap', email: 'george.dunlap@eu.citrix.com' };
const UNKNOWN: Expected['difficulty'] = ['Unknown', null, null];
const paragraphs = (...lines: string[]) => lines.join('\n');
/** A bare URL the wiki made a link of. */
const free = (href: string): Link => ({ text: href, href });
/** A link to another page of the wiki, written as its title. */
const wiki = (title: string): Link => ({ text: title, href: `https://wiki.xenproject.org/wiki/${title}` });

const EXPECTED: Expected[] = [
  {
    title: 'OVMF Compatibility Support Module support in Xen', status: 'peer-reviewed', category: 'Domain support (PVOPS and Linux)',
    inserted: ['2/5/2014', '2014-02-05', true], gsoc: true, contacts: [{ name: 'Wei Liu', email: 'wei.liu2@citrix.com' }],
    difficulty: ['Medium', 'medium', 'medium'], skills: ['C', 'firmware'],
    description: paragraphs(
      'OVMF is a project to enable UEFI support for virtual machine. http://sourceforge.net/apps/mediawiki/tianocore/index.php?title=OVMF',
      'SeaBIOS is a legacy BIOS implementation used by Xen to boot HVM guests. http://www.coreboot.org/SeaBIOS',
      'Currently Xen supports booting HVM guest with Seabios and OVMF UEFI firmware, but those are separate binaries. OVMF supports adding legacy BIOS blob in its binary with Compatibility Support Module support. We can try to produce single OVMF binary with Seabios in it, thus having only one firmware binary.',
      'Tasks may include:',
      '- understand the boot process of HVM guests',
      '- figure out how CSM works',
      '- design / implement interface between Hvmloader and the unified binary',
    ),
    descriptionLinks: [free('http://sourceforge.net/apps/mediawiki/tianocore/index.php?title=OVMF'), free('http://www.coreboot.org/SeaBIOS')],
    outcomes: 'Produce a single firmware binary that can be used for legacy boot HVM guest and UEFI HVM guest',
    comments: [{ author: 'sdytlm', timestamp: null, text: 'Hi, I am interested to work on this project.', field: 'outcomes' }],
  },
  {
    title: 'Utilize Intel QuickData on network and block path.', status: 'peer-reviewed', category: 'Domain support (PVOPS and Linux)',
    inserted: ['01/22/2013', '2013-01-22', false], gsoc: true, contacts: [KONRAD], difficulty: ['High', 'hard', 'hard'], skills: ['Linux kernel'],
    description: paragraphs(
      'The Intel QuickData, also known as Direct Cache Access (or IOA/T), is the chipset that sits in the PCIe subsystem in the Intel systems. It allows the PCIe subsystem to tag which PCIe writes to memory should reside in the Last Level Cache (LLC, also known as L3, which in some cases can be of 15MB or 2.5MB per CPU). This offers incredible boosts of speed - as we bypass the DIMMs and instead the CPU can process the data in the cache.',
      'Adding this component in the network or block backends can mean that we can keep the data longer in the cache and the guest can process the data right off the cache.',
      'See these for references: http://www.intel.com/content/www/us/en/wireless-network/accel-technology.html http://www.intel.com/content/www/us/en/chipsets/quickdata-technology-software-guide-for-linux-paper.html',
      'Also the dmaengine@vger.kernel.org is an excellent mailing list to subscribe to.',
    ),
    descriptionLinks: [free('http://www.intel.com/content/www/us/en/wireless-network/accel-technology.html'), free('http://www.intel.com/content/www/us/en/chipsets/quickdata-technology-software-guide-for-linux-paper.html')],
    outcomes: paragraphs(
      '- Investigate whether DCA (aka QuickData aka I/O AT) works with Xen.',
      '- If above is true: have upstream patches (or draft patches)',
      '- and benchmark report of with and without.',
    ),
  },
  {
    title: 'Xen block backend/frontend multiqueue support', legacyAnchor: 'Xen_block_backend.2Ffrontend_multiqueue_support', status: 'peer-reviewed', category: 'Domain support (PVOPS and Linux)',
    inserted: ['03/09/2014', '2014-03-09', true], gsoc: true, contacts: [KONRAD], difficulty: ['High', 'hard', 'hard'], skills: ['C', 'Linux kernel', 'storage'],
    description: paragraphs(
      'The Linux kernel (and FreeBSD, Windows, etc) have ParaVirtualized (PV) drivers to perform',
      'the I/O instead of using the emulated devices that appear in QEMU (IDE, SCSI, etc). This is done because the emulation of the IDE drivers is quite slow - and if you dig in how it actually is done - it is full of bit-banging registers. The PV drivers are an answer to this and eliminate the need for emulation. The mechanism by which they work is nicely draw out in http://wiki.xen.org/wiki/PV_Protocol and http://www.informit.com/articles/article.aspx?p=1160234&seqNum=3 ("Definitive Guide to the Xen Hypervisor, The")',
      'There have been improvements done in it - see http://wiki.xen.org/wiki/Xen_4.3_Block_Protocol_Scalability and http://blog.xen.org/index.php/2013/08/07/indirect-descriptors-for-xen-pv-disks/',
      'However, there are still room for improvement. We can utilize the new block multiqueue API support in Linux (See https://lwn.net/Articles/552904/ and http://kernel.dk/systor13-final18.pdf) to allocate per CPU a block thread (which handles the I/O transmission).',
      'That should provide greater throughput and lower latency for I/O workloads.',
      'Also see https://docs.google.com/document/d/1Vh5T8Z3Tx3sUEhVB0DnNDKBNiqB_ZA8Z5YVqAsCIjuI',
      'which has some of the explanation.',
    ),
    descriptionLinks: [free('http://wiki.xen.org/wiki/PV_Protocol'), free('http://www.informit.com/articles/article.aspx?p=1160234&seqNum=3'), free('http://wiki.xen.org/wiki/Xen_4.3_Block_Protocol_Scalability'), free('http://blog.xen.org/index.php/2013/08/07/indirect-descriptors-for-xen-pv-disks/'), free('https://lwn.net/Articles/552904/'), free('http://kernel.dk/systor13-final18.pdf'), free('https://docs.google.com/document/d/1Vh5T8Z3Tx3sUEhVB0DnNDKBNiqB_ZA8Z5YVqAsCIjuI')],
    outcomes: paragraphs(
      '- Patches for the Linux Kernel Mailing list (LKML).',
      '- Benchmark reports.',
    ),
  },
  {
    title: 'Enabling the 9P File System transport as a paravirt device', status: 'peer-reviewed', category: 'Domain support (PVOPS and Linux)',
    inserted: ['01/20/2014', '2014-01-20', false], gsoc: true, contacts: [ANDRES], difficulty: ['High', 'hard', 'hard'], skills: ['Linux kernel', 'Xen', 'storage', 'virtio'],
    description: 'VirtIO provides a 9P FS transport, which is essentially a paravirt file system device. VMs can mount arbitrary file system hierarchies exposed by the backend. The 9P FS specification has been around for a while, while the VirtIO transport is relatively new. The project would consist of implementing a classic Xen front/back pv driver pair to provide a transport for the 9P FS Protocol.',
    descriptionLinks: [],
    outcomes: paragraphs(
      '- LKML patches for front and back end drivers.',
      '- In particular, domain should be able to boot from the 9P FS.',
    ),
    comments: [{ author: 'Lars.kurth', timestamp: '2014-02-17T15:24:00Z', field: 'review', text: 'This project would benefit from links to the virtio specs and documents explaining how the PV protocol works.' }],
  },
  {
    title: 'CPU/RAM/PCI diagram tool', legacyAnchor: 'CPU.2FRAM.2FPCI_diagram_tool', status: 'peer-reviewed', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['01/30/2014', '2014-01-30', false], gsoc: true, contacts: [{ name: 'Andrew Cooper', email: 'andrew.cooper3@citrix.com' }],
    difficulty: ['Moderate, to Extremely Difficult (depending on which area of the problem you choose to tackle)', 'medium', 'hard'],
    skills: ['shell', 'Linux kernel', 'ACPI', 'hardware'],
    description: 'It is often useful in debugging kernel, hypervisor or performance problems to understand the bus topology of a server. This project will create a layout diagram for a server automatically using data from ACPI Tables, SMBios Tables, lspci output etc. This tool would be useful in general Linux environments including Xen and KVM based virtualisation systems. There are many avenues for extension such as labelling relevant hardware errata, performing bus throughput calculations etc.',
    descriptionLinks: [],
    outcomes: 'A tool is created that can either run on a live Linux system or offline using captured data to produce a graphical representation of the hardware topology of the system including bus topology, hardware device locations, memory bank locations, etc. The tool would be submitted to a suitable open-source project such as the Xen hypervisor project or XCP.',
  },
  {
    title: 'KDD (Windows Debugger Stub) enhancements', legacyAnchor: 'KDD_.28Windows_Debugger_Stub.29_enhancements', status: 'peer-reviewed', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['01/30/2014', '2014-01-30', false], gsoc: true, contacts: [{ name: 'Paul Durrant', email: 'paul.durrant@citrix.com' }],
    difficulty: ['Medium', 'medium', 'medium'], skills: ['C', 'Xen', 'Windows', 'debugging'],
    description: paragraphs(
      'kdd is a Windows Debugger Stub for Xen hypervisor. It is OSS found under http://xenbits.xen.org/gitweb/?p=xen.git;a=tree;f=tools/debugger/kdd;h=fd82789a678fb8060cc74ebbe0a04dc58309d6d7;hb=refs/heads/master',
      'kdd allows you to debug a running Windows virtual machine on Xen using standard Windows kernel debugging tools like WinDbg. kdd is an external debugger stub for the windows kernel. Windows can be debugged without enabling the debugger stub inside windows kernel by using kdd. This is important for debugging hard to reproduce problems on Windows virtual machines that may not have debugging enabled.',
      'Expected Results:',
      '- Add support for Windows 8 (x86, x64) to kdd',
      '- Add support for Windows Server 2012 to kdd',
      '- Enhance kdd to allow WinDbg to write out usable Windows memory dumps (via .dump debugger extension) for all supported versions',
      '- Produce a user guide for kdd on Xen wiki page',
      'Nice to have: Allow kdd to operate on a Windows domain checkpoint file (output of xl save for e.g.)',
    ),
    descriptionLinks: [free('http://xenbits.xen.org/gitweb/?p=xen.git;a=tree;f=tools/debugger/kdd;h=fd82789a678fb8060cc74ebbe0a04dc58309d6d7;hb=refs/heads/master')],
    outcomes: 'Code is submitted to xen-devel@xen.org for inclusion in the xen-unstable project.',
  },
  {
    title: 'CPUID Programming for Humans', status: 'peer-reviewed', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['02/04/2014', '2014-02-04', true], gsoc: true, contacts: [ANDRES], difficulty: ['Easy', 'easy', 'easy'],
    skills: ['C', 'Xen toolstack', 'QEMU', 'libvirt'],
    description: paragraphs(
      'When creating a VM, a policy is applied to mask certain CPUID features. Right now it\'s black magic.',
      'The KVM stack has done an excellent job of making this human-useable, and understandable.',
      'For example, in a qemu-kvm command-line you may encounter:',
      '-cpu SandyBridge,+pdpe1gb,+osxsave,+dca,+pcid,+pdcm,+xtpr,+tm2,+est,+smx,+vmx,+ds_cpl,+monitor,+dtes64,+pbe,+tm,+ht,+ss,+acpi,+ds,+vme',
      'And in <qemu>/target-i386.c you find a fairly comprehensive description of x86 processor models, what CPUID features are inherent, and what CPUID feature each of these symbolic flags enables.',
      'In the Xen world, there is a libxc interface to do the same, although it\'s all hex and register driven. It\'s effective, yet horrible to use.',
      'An ideal outcome would have libxl config files and command line absorb a similarly human-friendly description of the CPUID features a user wishes for the VM, and interface appropriately with libxl. Further, autodetection of best CPUID shuold yield a human-readable output to be able to easily understand what the VM thinks about its processor.',
      'Finally, interfacing with libvirt should be carefully considered.',
      'CPUID management is crucial in a heterogeneous cluster where migrations and save restore require careful processor feature selection to avoid blow-ups.',
      'See: http://wiki.qemu.org/images/c/c8/Cpu-models-and-libvirt-devconf-2014.pdf and https://www.berrange.com/posts/2010/02/15/guest-cpu-model-configuration-in-libvirt-with-qemukvm/',
      'and http://blog.xen.org/index.php/2014/01/17/libvirt-support-for-xens-new-libxenlight-toolstack/',
    ),
    descriptionLinks: [free('http://wiki.qemu.org/images/c/c8/Cpu-models-and-libvirt-devconf-2014.pdf'), free('https://www.berrange.com/posts/2010/02/15/guest-cpu-model-configuration-in-libvirt-with-qemukvm/'), free('http://blog.xen.org/index.php/2014/01/17/libvirt-support-for-xens-new-libxenlight-toolstack/')],
    outcomes: '- Mainline patches for libxl',
  },
  {
    title: 'Create a tiny VM for easy load testing', status: 'peer-reviewed', category: 'Mirage OS',
    inserted: ['01/30/2014', '2014-01-30', false], gsoc: true, contacts: [{ name: 'Dave Scott', email: 'dave.scott@eu.citrix.com' }],
    difficulty: ['Medium', 'medium', 'medium'], skills: ['OCaml'],
    description: paragraphs(
      'The Mirage OS framework (see http://xenproject.org/developers/teams/mirage-os.html, http://www.openmirage.org/) can be used to create tiny \'unikernels\': entire software stacks which run directly on the Xen hypervisor. These VMs have such a small memory footprint (16 MiB or less) that many of them can be run even on relatively small hosts. The goal of this project is to create a specific unikernel that can be configured to generate a specific I/O pattern, and to create configurations that mimic the boot sequence of Linux and Windows guests. The resulting unikernel will then enable cheap system load testing.',
      'The first task is to generate an I/O trace from a VM. For this we could use \'xen-disk\', a userspace Mirage application which acts as a block backend for xen guests (see http://openmirage.org/wiki/xen-synthesize-virtual-disk). Following the wiki instructions we could modify a \'file\' backend to log the request timestamps, offsets, buffer lengths.',
      'The second task is to create a simple kernel based on one of the MirageOS examples (see http://github.com/mirage/mirage-skeleton). The \'block\' example shows how reads and writes are done. The previously-generated log could be statically compiled into the kernel and executed to generate load.',
    ),
    descriptionLinks: [free('http://xenproject.org/developers/teams/mirage-os.html'), free('http://www.openmirage.org/'), free('http://openmirage.org/wiki/xen-synthesize-virtual-disk'), free('http://github.com/mirage/mirage-skeleton')],
    outcomes: '1. a repository containing an \'unikernel\' (see http://github.com/mirage/mirage-skeleton) 2. at least 2 I/O traces, one for Windows boot and one for Linux boot (any version)',
    outcomesLinks: [free('http://github.com/mirage/mirage-skeleton')],
  },
  {
    title: 'Fuzz testing Xen with Mirage', status: 'peer-reviewed', category: 'Mirage OS',
    inserted: ['28/11/2013', '2013-11-28', false], gsoc: true, contacts: [ANIL], difficulty: ['medium', 'medium', 'medium'], skills: ['OCaml', 'Xen'],
    description: paragraphs(
      'Mirage OS (see http://xenproject.org/developers/teams/mirage-os.html, http://www.openmirage.org/) is a type-safe unikernel written in OCaml which generates highly specialised "appliance" VMs that run directly on Xen without requiring an intervening guest kernel. We would like to use the Mirage/Xen libraries to fuzz test all levels of a typical cloud toolstack. Mirage has low-level bindings for Xen hypercalls, mid-level bindings for domain management, and high-level bindings to XCP for cluster management. This project would build a QuickCheck-style fuzzing mechanism that would perform millions of random operations against a real cluster, and identify bugs with useful backtraces.',
      'The first task would be to become familiar with a specification-based testing tool like Kaputt (see http://kaputt.x9c.fr/). The second task would be to choose an interface for testing; perhaps one of the hypercall ones.',
      'GSoC_2013#fuzz-testing-mirage',
    ),
    descriptionLinks: [free('http://xenproject.org/developers/teams/mirage-os.html'), free('http://www.openmirage.org/'), free('http://kaputt.x9c.fr/'), wiki('GSoC_2013#fuzz-testing-mirage')],
    outcomes: '1. a repo containing a fuzz testing tool; 2. some unexpected behaviour with a backtrace (NB it\'s not required that we find a critical bug, we just need to show the approach works)',
  },
  {
    title: 'Mirage OS web stack testing', status: 'peer-reviewed', category: 'Mirage OS',
    inserted: ['25/02/2014', '2014-02-25', false], gsoc: true, contacts: [ANIL], difficulty: ['medium', 'medium', 'medium'], skills: ['OCaml', 'shell'],
    description: 'MirageOS has an emerging web toolstack that\'s broken up as a series of libraries -- for example, Cohttp, Uri, Cow, Ipaddr, RSS and Cowabloga. This project will get you familiar with them by building a protocol testing framework that can generate traffic using off-the-shelf tools such as httperf, and evaluate the results vs applications such as Apache or Nginx.',
    descriptionLinks: [],
    outcomes: '1. a test harness for HTTP; 2. some results of the evaluation using the test harness',
  },
  {
    title: 'Implement Xen PVSCSI support in xl/libxl toolstack', legacyAnchor: 'Implement_Xen_PVSCSI_support_in_xl.2Flibxl_toolstack', status: 'needs-work', category: 'Domain support (PVOPS and Linux)',
    inserted: ['01/12/2012', '2012-01-12', true], gsoc: true, contacts: [{ name: 'Pasi Karkkainen', email: 'pasik@iki.fi' }], difficulty: UNKNOWN, skills: [],
    description: paragraphs(
      'xl/libxl does not currently support Xen PVSCSI functionality. Port the feature from xm/xend to xl/libxl. Necessary operations include:',
      '- Task 1: Implement PVSCSI in xl/libxl, make it functionally equivalent to xm/xend.',
      '- Send to xen-devel mailinglist for review, comments.',
      '- Fix any upcoming issues.',
      '- Repeat until merged to xen-unstable.',
      '- See above for PVSCSI drivers for dom0/domU.',
      '- Xen PVSCSI supports both PV domUs and HVM guests with PV drivers.',
      '- More info: http://wiki.xen.org/xenwiki/XenPVSCSI',
    ),
    descriptionLinks: [free('http://wiki.xen.org/xenwiki/XenPVSCSI')],
    outcomes: null,
    comments: [{ author: 'Lars.kurth', timestamp: '2013-01-23T14:14:00Z', field: 'description', text: 'Should be suitable, but desc needs. Rate in terms of challenges, size and skill. Also kernel functionality is not yet upstreamed. Maybe Suse kernel.' }],
  },
  {
    title: 'Introducing PowerClamp-like driver for Xen', status: 'needs-work', category: 'Xen Hypervisor',
    inserted: ['01/22/2013', '2013-01-22', false], gsoc: true, contacts: [GEORGE], difficulty: UNKNOWN, skills: [],
    description: paragraphs(
      'PowerClamp was introduced to Linux in late 2012 in order to allow users to set a system-wide maximum',
      'power usage limit. This is particularly useful for data centers, where there may be a need to reduce power consumption based on availability of electricity or cooling. A more complete writeup is available at LWN.',
      'These same arguments apply to Xen. The purpose of this project would be to implement a similar functionality in Xen, and to make it interface as well as possible with the Linux PowerClamp tools, so that the same tools could be used',
      'for both. GSoC_2013#powerclamp-for-xen',
    ),
    descriptionLinks: [wiki('GSoC_2013#powerclamp-for-xen')], outcomes: null,
  },
  {
    title: 'Refactor Linux hotplug scripts', status: 'needs-work', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['15/11/2012', '2012-11-15', false], gsoc: true, contacts: [{ name: 'Roger Pau Monné', email: 'roger.pau@citrix.com' }], difficulty: UNKNOWN, skills: [],
    description: paragraphs(
      'Current Linux hotplug scripts are all entangled, which makes them really difficult to understand or modify. The reason of hotplug scripts is to give end-users the chance to "easily" support different configuration for Xen devices.',
      'Linux hotplug scripts should be analized, providing a good description of what each hotplug script is doing. After this, scripts should be cleaned, putting common pieces of code in shared files across all scripts. A Coding style should be applied to all of them when the refactoring is finished.',
      'GSoC_2013#linux-hotplug-scripts',
    ),
    descriptionLinks: [wiki('GSoC_2013#linux-hotplug-scripts')], outcomes: null,
  },
  {
    title: 'XL to XCP VM motion', status: 'needs-work', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['15/11/12', '2012-11-15', false], gsoc: true, contacts: [{ name: 'Ian Campbell', email: null }], difficulty: UNKNOWN, skills: [],
    description: paragraphs(
      'Currently xl (the toolstack supplied alongside Xen) and xapi (the XCP toolstack) have very different concepts about domain configuration, disk image storage etc. In the XCP model domain configuration is persistent and stored in a data base while under xl domain configuration is written in configuration files. Likewise disk images are stored as VDIs in Storage Repositories while under xl disk images are simply files or devices in the dom0 filesystem. For more information on xl see XL. For more information on XCP see XCP Overview.',
      'This project is to produce one or more command-line tools which support migrating VMs between these toolstacks.',
      'One tool should be provided which takes an xl configuration file and details of an XCP pool. Using the XenAPI XML/RPC interface It should create a VM in the pool with a close approximation of the same configuration and stream the configured disk image into a selected Storage Repository.',
      'A second tool should be provided which performs the opposite operation, i.e. give a reference to a VM residing in an XCP pool it should produce an XL compatible configuration file and stream the disk image(s) our of Xapi into a suitable format.',
      'These tools could be reasonably bundled as part of either toolstack and by implication could be written in either C, Ocaml or some other suitable language.',
      'The tool need not operate on a live VM but that could be considered a stretch goal.',
      'An acceptable alternative to the proposed implementation would be to implement a tool which converts between a commonly used VM container format which is supported by XCP (perhaps OVF or similar) and the xl toolstack configuration file and disk image formats.',
      'GSoC_2013#xl-to-xcp-vm-motion',
    ),
    descriptionLinks: [wiki('GSoC_2013#xl-to-xcp-vm-motion')], outcomes: null,
  },
  {
    title: 'Advanced Scheduling Parameters', status: 'needs-work', category: 'Xen Hypervisor Userspace Tools',
    inserted: ['01/22/2013', '2013-01-22', false], gsoc: true, contacts: [GEORGE], difficulty: UNKNOWN, skills: [],
    description: paragraphs(
      'The credit scheduler provides a range of "knobs" to control guest behavior, including CPU weight and caps. However,',
      'a number of users have requested the ability to encode more advanced scheduling logic. For instance, "Let this VM max out for 5 minutes out of any given hour; but after that, impose a cap of 20%, so that even if the system is idle he can\'t an unlimited amount of CPU power without paying for a higher level of service."',
      'This is too coarse-grained to do inside the hypervisor; a user-space tool would be sufficient. The goal of this project would',
      'be to come up with a good way for admins to support these kinds of complex policies in a simple and robust way.',
    ),
    descriptionLinks: [], outcomes: null,
  },
  {
    title: 'Allowing guests to boot with a passed-through GPU as the primary display', status: 'needs-work', category: 'PCI Pass-through improvements',
    inserted: ['01/22/2013', '2013-01-22', false], gsoc: true, contacts: [GEORGE], difficulty: UNKNOWN, skills: [],
    description: paragraphs(
      'One of the primary drivers of Xen in the "consumer market" of the open-source world is the ability to',
      'pass through GPUs to guests -- allowing people to run Linux as their main desktop but easily play games requiring proprietary operating systems without rebooting.',
      'GPUs can be easily passed through to guests as secondary displays, but as of yet cannot be passed through as primary displays. The main reason is the lack of ability to load the VGA BIOS from the card into the guest.',
      'The purpose of this project would be to allow HVM guests to load the physical card\'s VGA bios, so that the guest can boot with it as the primary display.',
      'GSoC_2013#gpu-passthrough',
    ),
    descriptionLinks: [wiki('GSoC_2013#gpu-passthrough')], outcomes: null,
  },
  {
    title: 'Improve PCIe Advanced Error Reporting (AER) handling for passed-through devices', legacyAnchor: 'Improve_PCIe_Advanced_Error_Reporting_.28AER.29_handling_for_passed-through_devices',
    status: 'needs-work', category: 'PCI Pass-through improvements',
    inserted: ['03/04/2014', '2014-03-04', true], gsoc: true, contacts: [{ name: 'Matt Wilson', email: 'msw@amazon.com' }],
    difficulty: ['Medium-High', 'medium', 'hard'], skills: ['C', 'PCIe', 'hardware'],
    description: 'Today the xen-pciback driver handles an AER event for passed-through PCI devices. If the device is assigned to a PV guest, it uses xenstore to request a reset from xen-pcifront. If the device is assigned to a HVM guest, the toolstack is notified and is expected to take corrective action. The toolstack support for taking corrective action is only implemented in xend, not libxl. For HVM guests ideally, the AER event would be propagated into the guest through the device model (qemu) so that the driver inside the guest can take reset actions.',
    descriptionLinks: [],
    outcomes: 'Patches for libxl, qemu, and perhaps xen-pciback posted',
  },
  {
    title: 'DRBD Integration', status: 'needs-work', category: 'XAPI',
    inserted: ['07/01/2013', '2013-07-01', true], gsoc: null, contacts: [{ name: 'John Morris', email: 'john@zultron.com' }], difficulty: UNKNOWN, skills: [],
    description: paragraphs(
      'DRBD is potentially a great addition to the other high-availability features in XenAPI. An architecture of as few as two Dom0s with DRBD mirrored local storage is an inexpensive minimal HA configuration enabling live migration of VMs between physical hosts and providing failover in case of disk failure, and eliminates the need for external storage. This setup can be used in small shop or hobbyist environments, or could be used as a basic unit in a much larger scalable architecture.',
      'Existing attempts at integrating DRBD sit below the SM layer and thus do not enable one VBD per DRBD device. They also suffer from a split-brain situation that could be avoided by controlling active/standby status from XenAPI.',
      'DRBD should be implemented as a new SR type on top of LVM. The tools for managing DRBD devices need to be built into storage management, along with the logic for switching the active and standby nodes.',
    ),
    descriptionLinks: [], outcomes: null,
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
    expect(idea.description).toEqual({ text: want.description, links: want.descriptionLinks });
    expect(idea.outcomes).toEqual(want.outcomes === null ? null : { text: want.outcomes, links: want.outcomesLinks ?? [] });
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
