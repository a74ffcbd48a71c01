// `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, the checks AMO runs on upload) over the
// built .output/firefox-mv2. Fails on any error, and on any warning or notice that is not explained below:
// "lint clean" means nothing unexplained is left, and each explanation is checked, not just listed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDEAS_PAGE_MODULE } from '../entrypoints/content/ideas-page-module';
import { FUSE_MODULE } from '../entrypoints/content/page/fuse-module';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = join(ROOT, '.output', 'firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  description: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Explained {
  code: string;
  why: string;
  /** Proves the message is the one explained (e.g. by the code at the flagged place, or the whole file's). */
  matches(message: LintMessage, sourceAround: string, file: string): boolean;
}

const EXPLAINED: Explained[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why:
      "Preact's renderer: `dangerouslySetInnerHTML` support inside Preact's own diff, bundled in every Preact bundle " +
      '(content script, extension pages). Our code never uses dangerouslySetInnerHTML or innerHTML (project rule, ' +
      'checked below), so that path never runs with wiki text.',
    matches: (_message, around) => /\.innerHTML\s*=\s*\w+\.__html/.test(around),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why:
      'Our dynamic imports of the modules loaded on demand, the ideas page (entrypoints/content/index.ts) and fuse.js ' +
      '(entrypoints/content/page/load-fuse.ts): the URL is runtime.getURL of a constant path to a file packaged in the ' +
      'extension, never a value from the page.',
    matches: (_message, around, file) => {
      const path = /import\(\w+\.runtime\.getURL\(`\/\$\{(\w+)\}`\)\)/.exec(around)?.[1];
      return !!path && [IDEAS_PAGE_MODULE, FUSE_MODULE].some((module) => file.includes(`${path}=\`${module}\``));
    },
  },
];

/** Our own sources must not write HTML from strings: this is what makes the Preact warning harmless. */
function ourHtmlWrites(): string[] {
  const result = spawnSync(
    'grep',
    ['-rnE', String.raw`dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write`, 'components', 'entrypoints', 'lib'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return result.stdout.split('\n').filter(Boolean);
}

function fileText({ file }: LintMessage): string {
  if (!file) return '';
  try {
    return readFileSync(join(SOURCE_DIR, file), 'utf8');
  } catch {
    return '';
  }
}

function sourceAround(message: LintMessage): string {
  const { line, column } = message;
  if (!line) return '';
  const text = fileText(message).split('\n')[line - 1] ?? '';
  const at = column ?? 0;
  return text.slice(Math.max(0, at - 200), at + 200);
}

function main(): number {
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-input'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  try {
    report = JSON.parse(lint.stdout) as typeof report;
  } catch {
    process.stderr.write(`web-ext lint gave no report (exit ${lint.status}):\n${lint.stdout}\n${lint.stderr}\n`);
    return 1;
  }

  let failed = false;
  const where = (m: LintMessage) => `${m.file ?? 'manifest'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
  for (const error of report.errors) {
    failed = true;
    console.log(`✗ error ${error.code} ${where(error)}: ${error.description}`);
  }
  for (const message of [...report.warnings, ...report.notices]) {
    const explained = EXPLAINED.find((e) => e.code === message.code && e.matches(message, sourceAround(message), fileText(message)));
    if (explained) {
      console.log(`✓ explained ${message.code} ${where(message)}: ${explained.why}`);
    } else {
      failed = true;
      console.log(`✗ unexplained ${message.code} ${where(message)}: ${message.description}`);
    }
  }
  const htmlWrites = ourHtmlWrites();
  for (const write of htmlWrites) console.log(`✗ our code writes HTML from a string (the Preact explanation no longer holds): ${write}`);
  failed ||= htmlWrites.length > 0;

  const { errors, warnings, notices } = report;
  console.log(
    `web-ext lint ${SOURCE_DIR}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices` +
      (failed ? ' — FAILED' : ' — every warning explained'),
  );
  return failed ? 1 : 0;
}

process.exitCode = main();
