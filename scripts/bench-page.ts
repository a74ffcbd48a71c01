// A synthetic ideas page for `npm run bench`: the MediaWiki 1.31 snapshot (one <table> per idea, the costlier
// layout) with its 18 ideas repeated until the page holds `count`, each copy under a unique title and anchor,
// next to its original (same section and category) and listed in the table of contents like a real idea.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { scanPage } from '../lib/parse/index';
import { ROOT } from './extension-browser';

export const BENCH_FIXTURE = join(ROOT, 'tests', 'fixtures', 'outreach-vector-mw1.31.html');
export const BENCH_URL = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects';

export function syntheticIdeasPage(count: number, fixture = BENCH_FIXTURE): string {
  const dom = new JSDOM(readFileSync(fixture, 'utf8'), { url: BENCH_URL });
  const doc = dom.window.document;
  const scan = scanPage(doc, BENCH_URL);
  const originals = scan.ideas.map((idea) => ({ idea, ...scan.nodes.get(idea.key)! }));
  if (count < originals.length) throw new Error(`The fixture already holds ${originals.length} ideas.`);

  // Copies of idea i go after its original (or after the previous copy), round robin until `count`.
  const lastOf = originals.map(({ heading, blocks }) => blocks[blocks.length - 1] ?? heading);
  const tocOf: Array<Element | null> = originals.map(({ idea }) => doc.querySelector(`#toc a[href="#${CSS_escape(idea.anchor)}"]`)?.closest('li') ?? null);
  for (let n = originals.length, copy = 1; n < count; copy++) {
    for (let i = 0; i < originals.length && n < count; i++, n++) {
      const { idea, heading, blocks } = originals[i];
      const title = `${idea.title} (variant ${copy})`;
      const anchor = `${idea.anchor}_variant_${copy}`;
      const headingCopy = heading.cloneNode(true) as Element;
      const headline = headingCopy.querySelector('.mw-headline') ?? headingCopy;
      headline.textContent = title;
      headline.id = anchor;
      for (const other of headingCopy.querySelectorAll('[id]')) if (other !== headline) other.remove(); // html5 fallback ids
      const copies = [headingCopy, ...blocks.map((block) => block.cloneNode(true) as Element)];
      lastOf[i].after(...copies);
      lastOf[i] = copies[copies.length - 1];

      const toc = tocOf[i];
      if (toc) {
        const entry = toc.cloneNode(true) as Element;
        const link = entry.querySelector('a')!;
        link.setAttribute('href', `#${anchor}`);
        const text = link.querySelector('.toctext') ?? link;
        text.textContent = title;
        toc.after(entry);
        tocOf[i] = entry;
      }
    }
  }
  return dom.serialize();
}

/** Enough of CSS.escape for anchors (jsdom has no CSS.escape). */
function CSS_escape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
