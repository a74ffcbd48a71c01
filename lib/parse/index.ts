// The ideas page as data: DOM in, Idea records out. Pure: works on any standard `Document`.
import type { Idea, PageInfo, ParsedPage, Status } from '../idea';
import { fitIdea } from '../bounds';
import { runAtOnce, runInSlices, type TaskSlicer } from '../slices';
import { bodyBlocks } from './body';
import { parseContacts } from './contacts';
import { parseWikiDate } from './dates';
import { MIN_FIELDS } from './detect';
import { parseDifficulty } from './difficulty';
import { fieldOfLabel, readBody, type IdeaBody, type RawComment } from './fields';
import { parseGsoc } from './gsoc';
import { contentRoot, findHeadings, type Heading } from './headings';
import { assignKeys } from './key';
import { parseSkills } from './skills';
import { CANONICAL_LINK, FIRST_HEADING_ID, META_PARTS, NOT_SPECIFIED, SECTION_STATUS, type FieldName } from './wiki-markup';

/** Where an idea sits in the page, for the content script to show, hide and mark it. */
export interface IdeaNodes {
  heading: Element;
  blocks: Element[];
  comments: Array<RawComment>;
}

export interface ScannedPage extends ParsedPage {
  nodes: Map<string, IdeaNodes>;
  /** Section and category headings, for hiding those left with no visible idea. */
  groups: Array<{ heading: Element; keys: string[] }>;
  /** Where the ideas begin: the first section heading above an idea, or the first idea's heading. */
  ideasStart: Element | null;
  /** Every heading of the article, in order (what a kept scan records as the page's outline). */
  headings: Heading[];
}

export function scanPage(doc: Document, url = doc.URL): ScannedPage {
  return runAtOnce(scanSteps(doc, url));
}

/** The same scan, handing the main thread back whenever `slicer`'s slice is used up (an extension page reading many pages). */
export function scanPageInSlices(doc: Document, url: string, slicer: TaskSlicer): Promise<ScannedPage> {
  return runInSlices(scanSteps(doc, url), slicer);
}

/** The scan as steps: one per heading read (the bulk of the work), then the assembly. */
function* scanSteps(doc: Document, url: string): Generator<void, ScannedPage> {
  const warnings: string[] = [];
  const page = pageInfo(doc, url);
  const headings = findHeadings(contentRoot(doc));

  const found: Array<{ heading: Heading; body: IdeaBody; blocks: Element[]; context: Heading[] }> = [];
  const stack: Heading[] = [];
  for (let i = 0; i < headings.length; i++) {
    yield;
    const heading = headings[i];
    let blocks: Element[] = [];
    let body: IdeaBody | null = null;
    try {
      blocks = bodyBlocks(heading.block, headings[i + 1]?.block);
      body = readBody(blocks, page.url);
    } catch (error) {
      warnings.push(`Could not read the part under "${heading.title}": ${(error as Error).message}`);
    }
    if (body && fieldCount(body) >= MIN_FIELDS) {
      found.push({ heading, body, blocks, context: stack.filter((h) => h.level <= heading.level) });
      continue;
    }
    // Not an idea: a section or category heading that later ideas sit under.
    while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
    stack.push(heading);
  }

  const placed = found.map(({ heading, context }) => place(heading, context));
  const keys = assignKeys(placed.map((p, i) => ({ title: found[i].heading.title, ...p })));
  const ideas: Idea[] = [];
  const nodes = new Map<string, IdeaNodes>();
  for (let i = 0; i < found.length; i++) {
    if (i % 50 === 0) yield;
    const { heading, body, blocks } = found[i];
    // A value longer than any real page writes is cut, so the idea fits what may be sent and stored.
    const { idea, cut } = fitIdea(toIdea(keys[i], heading, placed[i], body, warnings));
    warnings.push(...cut);
    keys[i] = idea.key;
    ideas.push(idea);
    nodes.set(idea.key, { heading: heading.block, blocks, comments: body.comments });
  }

  if (!ideas.length) warnings.push('No project ideas found on this page (no heading followed by the ideas template).');
  const groups = groupsOf(found, keys);
  return { page, ideas, warnings, nodes, groups, ideasStart: groups[0]?.heading ?? found[0]?.heading.block ?? null, headings };
}

export function parsePage(doc: Document, url = doc.URL): ParsedPage {
  const { page, ideas, warnings } = scanPage(doc, url);
  return { page, ideas, warnings };
}

function fieldCount(body: IdeaBody): number {
  let n = 0;
  for (const [name, field] of body.fields) if (name !== 'meta' && field.label) n++;
  if (META_PARTS[0][0].test(body.fields.get('meta')?.text ?? '')) n++;
  return n;
}

function place(heading: Heading, context: Heading[]): { status: Status; section: string; category: string | null } {
  for (let i = context.length - 1; i >= 0; i--) {
    const status = statusOf(context[i].title);
    if (status) {
      const inner = context.slice(i + 1);
      return { status, section: context[i].title, category: inner.length ? inner[inner.length - 1].title : null };
    }
  }
  // No known section: the heading above the innermost one is the section, the innermost the category.
  if (context.length >= 2) {
    return { status: 'other', section: context[context.length - 2].title, category: context[context.length - 1].title };
  }
  return { status: 'other', section: context[0]?.title ?? '', category: null };
}

function statusOf(title: string): Status | null {
  for (const [pattern, status] of SECTION_STATUS) if (pattern.test(title)) return status;
  return null;
}

function toIdea(
  key: string,
  heading: Heading,
  placed: { status: Status; section: string; category: string | null },
  body: IdeaBody,
  warnings: string[],
): Idea {
  const text = (name: FieldName) => stripLabel(body.fields.get(name)?.text ?? '', name) || null;
  const meta = metaValues(body);
  const rich = (name: FieldName) => {
    const field = body.fields.get(name);
    const value = text(name);
    return field && value ? { text: value, links: field.links } : null;
  };
  const outcomes = rich('outcomes');
  const idea: Idea = {
    key,
    anchor: heading.anchor,
    title: heading.title,
    ...placed,
    inserted: meta.inserted ? parseWikiDate(meta.inserted) : null,
    verified: meta.verified ? parseWikiDate(meta.verified) : null,
    gsoc: parseGsoc(meta.gsoc),
    contacts: parseContacts(text('contacts')),
    mailingList: firstLine(text('mailingList')),
    irc: firstLine(text('irc')),
    difficulty: parseDifficulty(text('difficulty')),
    skills: parseSkills(text('skills')),
    description: rich('description'),
    outcomes: outcomes && !NOT_SPECIFIED.test(outcomes.text) ? outcomes : null,
    comments: body.comments.map(({ author, timestamp, text, field }) => ({ author, timestamp, text, field })),
  };
  for (const [name, label] of [['difficulty', 'Difficulty'], ['skills', 'Skills Needed'], ['contacts', 'Technical contact']] as const) {
    if (!body.fields.has(name)) warnings.push(`"${idea.title}" has no ${label} field.`);
  }
  for (const comment of idea.comments) {
    if (!comment.author) warnings.push(`A review comment on "${idea.title}" has no signature.`);
  }
  return idea;
}

/** Date of insert, Verified and GSoC: from the meta line, or from fields of their own (`<dt>Verified</dt>`). */
function metaValues(body: IdeaBody): Record<'inserted' | 'verified' | 'gsoc', string | null> {
  const own = (name: FieldName, label: string) => (body.fields.has(name) ? `\n${label}: ${body.fields.get(name)!.text}` : '');
  const text = (body.fields.get('meta')?.text ?? '') + own('inserted', 'Date of insert') + own('verified', 'Verified') + own('gsoc', 'GSoC');
  const values: Record<'inserted' | 'verified' | 'gsoc', string | null> = { inserted: null, verified: null, gsoc: null };
  for (const [pattern, name] of META_PARTS) values[name] = pattern.exec(text)?.[1].trim() ?? null;
  return values;
}

/** "Skills Needed: Good C…" inside the Skills value: the repeated label goes. */
function stripLabel(value: string, name: FieldName): string {
  const match = /^([^:\n]{2,40}):\s*/.exec(value);
  return match && fieldOfLabel(match[1]) === name ? value.slice(match[0].length) : value;
}

function firstLine(value: string | null): string | null {
  return value ? value.split('\n')[0] : null;
}

export function pageInfo(doc: Document, url: string): PageInfo {
  const canonical = doc.querySelector(CANONICAL_LINK)?.getAttribute('href');
  const title =
    doc.getElementById(FIRST_HEADING_ID)?.textContent?.trim() ||
    doc.title.replace(/\s+[-–]\s+[^-–]+$/, '').trim();
  let pageUrl = url;
  try {
    pageUrl = new URL(canonical || url, url || undefined).href;
  } catch {
    // A document without a usable URL keeps what it was given.
  }
  return { title, url: pageUrl };
}

function groupsOf(found: Array<{ context: Heading[] }>, keys: string[]) {
  const groups = new Map<Element, string[]>();
  found.forEach(({ context }, i) => {
    for (const heading of context) {
      const list = groups.get(heading.block) ?? [];
      list.push(keys[i]);
      groups.set(heading.block, list);
    }
  });
  return [...groups].map(([heading, groupKeys]) => ({ heading, keys: groupKeys }));
}
