// Parse CLI: prints a saved ideas page as JSON. `npm run --silent parse -- FILE.html [--url URL]`
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { parsePage } from '../lib/parse/index';

function main(argv: string[]): number {
  const urlFlag = argv.indexOf('--url');
  const url = urlFlag >= 0 ? argv[urlFlag + 1] : undefined;
  const file = argv.filter((_, i) => urlFlag < 0 || (i !== urlFlag && i !== urlFlag + 1))[0];
  if (!file) {
    process.stderr.write('usage: npm run --silent parse -- FILE.html [--url PAGE_URL]\n');
    return 1;
  }
  // npm runs scripts from the package root; a relative path means the directory the user typed it in.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let html: string;
  try {
    html = readFileSync(path, 'utf8');
  } catch (error) {
    process.stderr.write(`parse: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 1;
  }
  // jsdom never runs the page's scripts unless asked to; the page stays data.
  const dom = new JSDOM(html, { url: url ?? pathToFileURL(path).href });
  const result = parsePage(dom.window.document, url);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
