// The pages `npm run bench` loads, all MediaWiki 1.31 renderings in the saved fixture's skin (one <table> per idea,
// the costlier layout): an article without ideas, the saved 18-idea page, and a generated page of many ideas
// whose words are their own. Also `syntheticIdeasPage`, the saved ideas repeated, which the tests use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { scanPage } from '../lib/parse/index';
import { ROOT } from './extension-browser';

export const BENCH_FIXTURE = join(ROOT, 'tests', 'fixtures', 'outreach-vector-mw1.31.html');
export const BENCH_URL = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects';
export const ARTICLE_URL = 'https://wiki.xenproject.org/wiki/Xen_Project_Beginners_Guide';
export const MANY_IDEAS_URL = 'https://wiki.xenproject.org/wiki/GSoC_Project_Ideas';

const FIXTURE_PAGE_NAME = 'Outreach_Program_Projects';

/** The fixture's skin around other content: its page name replaced everywhere (links, title, config). */
function fixtureAs(pageName: string, fixture = BENCH_FIXTURE): Document {
  const html = readFileSync(fixture, 'utf8')
    .replaceAll(FIXTURE_PAGE_NAME, pageName)
    .replaceAll(FIXTURE_PAGE_NAME.replaceAll('_', ' '), pageName.replaceAll('_', ' '));
  return new JSDOM(html).window.document;
}

function parserOutput(doc: Document): Element {
  const root = doc.querySelector('#mw-content-text .mw-parser-output');
  if (!root) throw new Error('The fixture has no .mw-parser-output.');
  return root;
}

/** A wiki article with headings, prose, lists, a table and code, and no ideas: what most wiki page views are. */
export function articleWithoutIdeasPage(): string {
  const pageName = 'Xen_Project_Beginners_Guide';
  const doc = fixtureAs(pageName);
  const random = seededRandom(7);
  const words = vocabulary(random, 800);
  const out = new Sections(pageName, 0);
  out.add(`<p>${paragraph(random, words, 4)}</p>\n<p>${paragraph(random, words, 3)}</p>\n${TOC_PLACEHOLDER}\n`);
  for (const [i, title] of ['What is Xen', 'Architecture', 'Host installation', 'Creating a guest', 'Networking', 'Storage', 'Troubleshooting', 'Further reading'].entries()) {
    out.heading(2, title);
    out.add(`<p>${paragraph(random, words, 5)}</p>\n`);
    if (i % 2 === 0) out.add(`<ul>${Array.from({ length: 4 }, () => `<li>${sentence(random, words)}</li>`).join('')}</ul>\n`);
    if (i === 3) out.add(`<pre>xl create /etc/xen/guest.cfg\nxl list\nxl console guest\n</pre>\n`);
    if (i === 5) {
      const rows = Array.from({ length: 6 }, () => `<tr><td>${pick(random, words)}</td><td>${sentence(random, words)}</td></tr>`).join('\n');
      out.add(`<table class="wikitable"><tbody><tr><th>Backend</th><th>Notes</th></tr>\n${rows}</tbody></table>\n`);
    }
    out.add(`<p>${paragraph(random, words, 4)}</p>\n`);
  }
  const root = parserOutput(doc);
  root.innerHTML = GENERATED_PLACEHOLDER;
  return serialize(doc, out, [], []);
}

/**
 * The saved page's skin and prose with its ideas replaced by `count` generated ones, written in the `{{GSoC
 * Project}}` template's markup. Every idea has its own title, description and outcomes, drawn from a large
 * generated vocabulary (a few common words, a long tail of rare ones, as in real prose), so a search index
 * grows with the page as on a real one; skills, difficulties, contacts and review comments vary. Deterministic.
 * Built as text: jsdom would take seconds to parse a page of this size.
 */
export function distinctIdeasPage(count: number): string {
  const pageName = 'GSoC_Project_Ideas';
  const doc = fixtureAs(pageName);
  const root = parserOutput(doc);
  const ideasHeading = root.querySelector('#Outreach_Program_Project_Ideas')?.closest('h1');
  const newIdeas = root.querySelector('#New_Project_Ideas')?.closest('h2');
  if (!ideasHeading || !newIdeas) throw new Error('The fixture lost its ideas section headings.');
  while (ideasHeading.nextElementSibling && ideasHeading.nextElementSibling !== newIdeas) ideasHeading.nextElementSibling.remove();
  ideasHeading.insertAdjacentHTML('afterend', GENERATED_PLACEHOLDER);
  const headings = [...root.querySelectorAll('h1, h2, h3, h4')].filter((h) => h.querySelector('.mw-headline'));
  const before = headings.slice(0, headings.indexOf(ideasHeading) + 1);
  const after = headings.slice(before.length);
  root.querySelector('#toc')!.outerHTML = TOC_PLACEHOLDER;

  const random = seededRandom(2024);
  const words = vocabulary(random, 12_000);
  const categories = unique(random, 30, () => titleCase(`${pick(random, DOMAIN_WORDS)} ${pick(random, words)}`));
  const skills = [...REAL_SKILLS, ...unique(random, 40, () => `${titleCase(pick(random, words))} internals`)];
  const people = unique(random, 80, () => `${titleCase(pick(random, words))} ${titleCase(pick(random, words))}`);
  const titles = unique(random, count, () => titleCase(wordsFrom(random, words, 3 + Math.floor(random() * 5))));
  const out = new Sections(pageName, before.length);
  const reviewed = Math.round(count * 0.8);
  for (let i = 0; i < count; i++) {
    if (i === 0) out.heading(2, 'List of peer reviewed Projects');
    if (i === reviewed) out.heading(2, 'List of projects that need more work');
    if (i % 40 === 0) out.heading(3, categories[(i / 40) % categories.length]);
    out.heading(4, titles[i], 'Template:GSoC_Project');
    out.add(idea(random, { words, skills, people }));
  }
  return serialize(doc, out, before, after);
}

const GENERATED_PLACEHOLDER = '<!--generated-->';
const TOC_PLACEHOLDER = '<!--toc-->';

/** Generated content with its section headings, numbered after the `first` sections before it. */
class Sections {
  html = '';
  readonly toc: string[] = [];
  constructor(
    private readonly pageName: string,
    private number: number,
  ) {}

  add(html: string): void {
    this.html += html;
  }

  /** A section heading with MediaWiki's id and edit link (a template's sections are numbered T-n). */
  heading(level: number, title: string, editedPage = this.pageName): void {
    const id = title.replaceAll(' ', '_');
    const section = `${editedPage === this.pageName ? '' : 'T-'}${++this.number}`;
    this.toc.push(tocEntry(level, id, title));
    this.html +=
      `<h${level}><span class="mw-headline" id="${id}">${title}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
      `<a href="/index.php?title=${editedPage}&amp;action=edit&amp;section=${section}" title="Edit section: ${title}">edit</a><span class="mw-editsection-bracket">]</span></span></h${level}>\n`;
  }

  get count(): number {
    return this.number;
  }
}

function tocEntry(level: number | string, id: string, title: string): string {
  return `<li class="toclevel-${level}"><a href="#${id}"><span class="toctext">${title}</span></a></li>`;
}

/**
 * The page as text: the fixture's own headings `before` and `after` the generated ones listed in MediaWiki's table
 * of contents, and the edit links of those after renumbered to follow the generated sections.
 */
function serialize(doc: Document, out: Sections, before: Element[], after: Element[]): string {
  const entryOf = (h: Element) => {
    const headline = h.querySelector('.mw-headline')!;
    return tocEntry(h.tagName[1], headline.id, headline.textContent ?? '');
  };
  after.forEach((h, i) => {
    const link = h.querySelector('.mw-editsection a');
    link?.setAttribute('href', (link.getAttribute('href') ?? '').replace(/section=(T-)?\d+/, (_, t: string | undefined) => `section=${t ?? ''}${out.count + i + 1}`));
  });
  const toc =
    '<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none" />' +
    `<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div>\n<ul>\n${[...before.map(entryOf), ...out.toc, ...after.map(entryOf)].join('\n')}\n</ul>\n</div>`;
  const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  // Placeholders are replaced by a function: generated text may hold `$` patterns.
  return html.replace(GENERATED_PLACEHOLDER, () => out.html).replace(TOC_PLACEHOLDER, () => toc);
}

interface IdeaWords {
  words: string[];
  skills: string[];
  people: string[];
}

const FIELD = (label: string, value: string) =>
  `<tr>\n<th style="text-align:left;vertical-align:top;width:12em">${label}:\n</th>\n<td>${value}\n</td></tr>\n`;

/** One idea's table as the template renders it (see the fixture). */
function idea(random: () => number, { words, skills, people }: IdeaWords): string {
  const contacts = Array.from({ length: random() < 0.15 ? 2 : 1 }, () => {
    const name = pick(random, people);
    return random() < 0.9 ? `${name} &lt;${name.toLowerCase().replace(' ', '.')}@example.org&gt;` : name;
  });
  const ideaSkills = Array.from(new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, skills))));
  const skillsHtml = random() < 0.6
    ? `You need to have understanding of:\n<ul>${ideaSkills.map((skill) => `<li>${skill}</li>`).join('')}</ul>`
    : `Required skills include ${ideaSkills.join(', ')}.`;
  const paragraphs = Array.from({ length: 1 + Math.floor(random() * 4) }, () => paragraph(random, words, 2 + Math.floor(random() * 4)));
  let description = paragraphs[0] + paragraphs.slice(1).map((p) => `\n<p>${p}\n</p>`).join('');
  if (random() < 0.4) description += `\n<p>Tasks may include:\n</p>\n<ul>${Array.from({ length: 3 }, () => `<li>${sentence(random, words)}</li>`).join('')}</ul>`;
  if (random() < 0.05) description += `\n<p>${reviewComment(random, words, people)}\n</p>`;
  let outcomes = sentence(random, words);
  if (random() < 0.3) outcomes += `\n<ul>${Array.from({ length: 2 }, () => `<li>${sentence(random, words)}</li>`).join('')}</ul>`;
  const year = 2011 + Math.floor(random() * 14);
  const date = `${pad(1 + Math.floor(random() * 12))}/${pad(1 + Math.floor(random() * 28))}/${year}`;
  const verified = random() < 0.7 ? 'Not updated in 2020' : `Yes, ${year + 1}`;
  const gsoc = pick(random, ['Yes', 'Yes', 'yes', 'No', 'Unknown']);

  let rows =
    `<tr>\n<td colspan="2" style="font-size:90%"><i>Date of insert: ${date}; Verified: ${verified}; GSoC: ${gsoc}</i>\n</td></tr>\n` +
    FIELD('Technical contact', contacts.join(', ')) +
    FIELD('Mailing list/forum for project', pick(random, ['xen-devel@', 'xen-devel@', 'mirageos-devel@', 'xen-api@'])) +
    FIELD('IRC channel for project', pick(random, ['#xen-devel', '#xen-devel', '#mirage', '#xen-api'])) +
    FIELD('Difficulty', pick(random, DIFFICULTIES)) +
    FIELD('Skills Needed', skillsHtml) +
    FIELD('Description', description) +
    FIELD('Outcomes', outcomes);
  if (random() < 0.25) {
    const comments = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `<li>${reviewComment(random, words, people)}</li>`);
    rows +=
      `<tr>\n<th colspan="2" style="text-align:left">Peer Review Comments<br /><small>(delete as addressed)</small>\n</th></tr>\n` +
      `<tr>\n<td colspan="2"><ul><li>(delete as addressed)</li>${comments.join('')}</ul>\n</td></tr>\n`;
  }
  return `<table class="wikitable" style="width:100%">\n<tbody>${rows}</tbody></table>\n`;
}

/** A review comment as the wiki's convention writes it: the pictogram, a user link, a signature, the text. */
function reviewComment(random: () => number, words: string[], people: string[]): string {
  const user = pick(random, people).replace(' ', '.');
  const month = pick(random, ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
  const signature = `${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}, ${1 + Math.floor(random() * 28)} ${month} ${2012 + Math.floor(random() * 13)} (UTC)`;
  return (
    '<a href="/wiki/File:Pictogram_voting_comment_15px.png" class="image"><img alt="Pictogram voting comment 15px.png" src="/images/8/8d/Pictogram_voting_comment_15px.png" decoding="async" width="15" height="15" /></a> ' +
    `<a href="/wiki/User:${user}" title="User:${user}">${user}</a> ${signature}: ${paragraph(random, words, 1 + Math.floor(random() * 2))}`
  );
}

const DIFFICULTIES = ['Easy', 'Medium', 'Medium', 'medium', 'High', 'Hard', 'Medium-High', 'Easy to Medium', 'Unknown'];

/** Words of the field, so that searches a student would type find something. */
const DOMAIN_WORDS = (
  'xen hypervisor kernel linux virtio mirage ocaml scheduler driver netfront blkback toolstack libxl xenstore ' +
  'firmware uefi bios qemu emulator device memory paging grant table event channel interrupt timer cpu vcpu numa ' +
  'migration snapshot storage network bridge vlan tap disk image format boot loader grub console debugger tracing ' +
  'profiling performance security isolation sandbox container unikernel arm x86 riscv iommu passthrough pci usb ' +
  'graphics display audio power management testing fuzzing continuous integration documentation api protocol'
).split(' ');

const REAL_SKILLS = [
  'C', 'C programming', 'Python', 'OCaml', 'Rust', 'Go', 'Bash', 'x86 assembly', 'ARM assembly', 'Linux kernel',
  'Firmware internal', 'Networking', 'File systems', 'QEMU', 'Git', 'Make', 'Debugging', 'Virtualization', 'JavaScript',
  'Operating systems', 'Device drivers', 'Compilers', 'Concurrency', 'Security', 'Testing', 'Documentation',
];

/** Distinct pronounceable words, a few real ones among them. */
function vocabulary(random: () => number, size: number): string[] {
  const onsets = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'ch', 'cr', 'dr', 'gl', 'pl', 'qu', 'sh', 'st', 'th', 'tr'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
  const codas = ['', '', '', 'n', 'r', 's', 'l', 'x', 'nd', 'rt', 'st'];
  const syllable = () => pick(random, onsets) + pick(random, vowels) + pick(random, codas);
  return [...DOMAIN_WORDS, ...unique(random, size, () => Array.from({ length: 1 + Math.floor(random() * 3) }, syllable).join(''))];
}

/** A word with a long-tailed frequency: the head of the list is common, its tail rare, as in prose. */
function word(random: () => number, words: string[]): string {
  return words[Math.floor(words.length * random() ** 2.5)];
}

function wordsFrom(random: () => number, words: string[], n: number): string {
  return Array.from({ length: n }, () => word(random, words)).join(' ');
}

function sentence(random: () => number, words: string[]): string {
  const text = wordsFrom(random, words, 6 + Math.floor(random() * 12));
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, words: string[], sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, words)).join(' ');
}

function titleCase(text: string): string {
  return text.replace(/\b\w/g, (c) => c.toUpperCase());
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** `count` distinct values of `make`. */
function unique(random: () => number, count: number, make: () => string): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(make());
  return [...seen];
}

/** mulberry32: a small seeded generator, so every run builds the same page. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The saved page with its 18 ideas repeated until the page holds `count`, each copy under a unique title and anchor,
 * next to its original (same section and category) and listed in the table of contents like a real idea.
 */
export function syntheticIdeasPage(count: number, fixture = BENCH_FIXTURE): string {
  const { page, originals } = repeatableIdeas(fixture);
  if (count < originals.length) throw new Error(`The fixture already holds ${originals.length} ideas.`);
  // Copies of idea i go after its original (or after the previous copy), round robin until `count`.
  const copies = originals.map(() => ({ body: '', toc: '' }));
  for (let n = originals.length, copy = 1; n < count; copy++) {
    for (let i = 0; i < originals.length && n < count; i++, n++) {
      const { title, anchor, heading, blocks, toc } = originals[i];
      const fill = (html: string) => html.replaceAll(TITLE_SLOT, escapeText(`${title} (variant ${copy})`)).replaceAll(ANCHOR_SLOT, escapeAttribute(`${anchor}_variant_${copy}`));
      copies[i].body += fill(heading) + blocks;
      copies[i].toc += fill(toc);
    }
  }
  return page.replace(COPIES_SLOT, (_, part: string, i: string) => copies[Number(i)][part as 'body' | 'toc']);
}

const TITLE_SLOT = '\u0000title\u0000';
const ANCHOR_SLOT = '\u0000anchor\u0000';
const COPIES_SLOT = /<!--copies:(body|toc):(\d+)-->/g;

interface RepeatableIdea {
  title: string;
  anchor: string;
  /** The idea's heading and its table of contents entry (or ''), with slots for a copy's title and anchor. */
  heading: string;
  toc: string;
  /** The idea's body as served. */
  blocks: string;
}

const repeatable = new Map<string, { page: string; originals: RepeatableIdea[] }>();

/**
 * The fixture as text with a slot after each idea and after its table of contents entry, and each idea's markup.
 * Copies are made as text: jsdom parses every `style` attribute of a cloned node again, which takes seconds for a
 * few hundred of the template's tables on a busy machine. Read once per fixture.
 */
function repeatableIdeas(fixture: string) {
  let found = repeatable.get(fixture);
  if (found) return found;
  const dom = new JSDOM(readFileSync(fixture, 'utf8'), { url: BENCH_URL });
  const doc = dom.window.document;
  const scan = scanPage(doc, BENCH_URL);
  const originals = scan.ideas.map(({ title, anchor, key }, i): RepeatableIdea => {
    const { heading, blocks } = scan.nodes.get(key)!;
    const headingCopy = heading.cloneNode(true) as Element;
    const headline = headingCopy.querySelector('.mw-headline') ?? headingCopy;
    headline.textContent = TITLE_SLOT;
    headline.id = ANCHOR_SLOT;
    for (const other of headingCopy.querySelectorAll('[id]')) if (other !== headline) other.remove(); // html5 fallback ids
    (blocks[blocks.length - 1] ?? heading).after(doc.createComment(`copies:body:${i}`));

    const tocEntry = doc.querySelector(`#toc a[href="#${CSS_escape(anchor)}"]`)?.closest('li');
    let toc = '';
    if (tocEntry) {
      const entry = tocEntry.cloneNode(true) as Element;
      const link = entry.querySelector('a')!;
      link.setAttribute('href', `#${ANCHOR_SLOT}`);
      (link.querySelector('.toctext') ?? link).textContent = TITLE_SLOT;
      toc = entry.outerHTML;
      tocEntry.after(doc.createComment(`copies:toc:${i}`));
    }
    return { title, anchor, heading: headingCopy.outerHTML, toc, blocks: blocks.map((block) => block.outerHTML).join('') };
  });
  found = { page: dom.serialize(), originals };
  repeatable.set(fixture, found);
  return found;
}

/** Text and attribute values as the HTML serializer writes them. */
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('\u00a0', '&nbsp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('\u00a0', '&nbsp;').replaceAll('"', '&quot;');

/** Enough of CSS.escape for anchors (jsdom has no CSS.escape). */
function CSS_escape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
