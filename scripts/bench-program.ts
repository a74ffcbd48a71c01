// "All ideas pages" at the size of a big program (`npm run bench` runs it last; `-- --no-program` skips it,
// `-- --only-program` runs it alone, as does `npx tsx scripts/bench-program.ts`): 30 pages of 50 ideas each, with
// the wiki's api.php answered at its real URL from generated pages.
// Measures, in Chromium with the built extension, in dashboard.html#program:
// - reading all 30 pages ("Update from the wiki"): the long tasks of the dashboard meanwhile (the budget: none over
//   50 ms), from the Long Tasks API, and the longest task from a trace of the dashboard's main thread;
// - a search over the 1,500 ideas: each keystroke until the results are updated and until the next frame after
//   them is rendered (the budget: one frame, 16.7 ms), and the main-thread time of each key.
//
//   IDEA_SCOUT_SKIP_BUILD=1 npx tsx scripts/bench-program.ts --runs 3
//   ... --compare DIR   also runs another build (DIR, e.g. a copy of .output/chrome-mv3 before a change), its runs
//                       interleaved with this build's, so both meet the same machine load
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from '@playwright/test';
import { serveApi } from '../tests/e2e/support/wiki-api';
import { WikiApiStandIn, type ApiPage } from '../tests/support/wiki-api';
import { distinctIdeasPage } from './bench-page';
import { latencyOf, nextFrameOf, percentile, READ_KEYSTROKES, recordKeystrokes, sleep, untilIdle, IDLE_QUIET_MS, type KeyRecord } from './bench-support';
import { assertExtensionBuilt, buildExtension, extensionIdOf, launchWithExtension } from './extension-browser';

const PAGES = 30;
const IDEAS_PER_PAGE = 50;
const LONG_TASK_MS = 50;
const FRAME_MS = 1000 / 60;
const KEY_INTERVAL_MS = 250;
/** Words and their erasure, one with a typo: the fuzzy search at work. */
const TYPING = ['virtio', '\b'.repeat(6), 'sheduler', '\b'.repeat(8), 'boot loader', '\b'.repeat(11)].flatMap((run) => [...run]);

/** 30 ideas pages as action=parse returns them, cut from one generated page of 1,500 distinct ideas. */
export function programBenchPages(pages = PAGES, perPage = IDEAS_PER_PAGE): ApiPage[] {
  const html = distinctIdeasPage(pages * perPage);
  const starts = [...html.matchAll(/<h4><span class="mw-headline"/g)].map((match) => match.index);
  const end = html.indexOf('</div>', html.lastIndexOf('</table>'));
  return Array.from({ length: pages }, (_, p) => {
    const from = starts[p * perPage];
    const to = p + 1 < pages ? starts[(p + 1) * perPage] : end;
    const title = `GSoC ${2000 + p} Ideas`;
    const body = `<h2><span class="mw-headline" id="List_of_peer_reviewed_Projects">List of peer reviewed Projects</span></h2>\n${html.slice(from, to)}`;
    return {
      pageid: 5000 + p,
      title,
      revid: 90_000 + p,
      timestamp: `20${String(p).padStart(2, '0')}-03-01T12:00:00Z`,
      html: `<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">${body}</div>`,
    };
  });
}

// Browser-side code as strings: tsx would wrap functions in helpers the page does not have. Run in every document
// of the tab from its start (an init script), so that the reload's tasks are seen too.
const WATCH_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
`;

interface Tasks {
  /** Long Tasks API: each task over 50 ms, in wall time. */
  longTasks: number[];
  /** From the trace of the dashboard's main thread: every task's wall time and the CPU time the thread was given. */
  traced: Array<{ wallMs: number; cpuMs: number; what: string }>;
}

interface Run {
  readMs: number;
  reading: Tasks;
  /** Opening the view again with the 1,500 ideas stored, until it is idle. */
  opening: Tasks & { readyMs: number };
  /** From the end of the update until the dashboard was idle (the view and the search catching up). */
  settleMs: number;
  keys: Array<{ key: string; record: KeyRecord; mainThreadMs: number }>;
}

/**
 * Waits until `selector`'s text is `expected`, asking the page twice a second with one cheap query: Playwright's own
 * waiting would search the page's text in the page's main thread, work counted in the tasks measured.
 */
async function untilText(page: Page, selector: string, expected: string): Promise<void> {
  const deadline = Date.now() + 300_000;
  while ((await page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`)) !== expected) {
    if (Date.now() > deadline) throw new Error(`"${expected}" did not appear within 5 minutes.`);
    await sleep(500);
  }
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: { data?: { frame?: string; url?: string; functionName?: string; type?: string } } };

const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Traces what `during` makes the page do; returns the tasks of the page's main thread. */
async function traceTasks(page: Page, cdp: CDPSession, during: () => Promise<void>): Promise<Tasks> {
  await page.evaluate('window.__longTasks.length = 0');
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8'] } });
  await during();
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const longTasks = await page.evaluate<number[]>('window.__longTasks');
  return { longTasks, traced: mainThreadTasks(events, (await cdp.send('Page.getFrameTree')).frameTree.frame.id) };
}

/**
 * The tasks of the dashboard's main thread: the thread whose events name the page's frame (the extension's
 * renderer also runs the service worker, on a thread of its own). Each with what took most of it.
 */
function mainThreadTasks(events: TraceEvent[], frameId: string): Tasks['traced'] {
  const framed = events.find((event) => event.args?.data?.frame === frameId);
  if (!framed) throw new Error('The trace names no event of the dashboard.');
  const onMain = events.filter((event) => event.pid === framed.pid && event.tid === framed.tid && event.ph === 'X' && event.dur !== undefined);
  const tasks = onMain.filter((event) => TASK_EVENTS.has(event.name)).sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  for (const task of tasks) if (!outer.length || task.ts >= outer[outer.length - 1].ts + outer[outer.length - 1].dur!) outer.push(task);
  const inside = onMain.filter((event) => !TASK_EVENTS.has(event.name) && event.dur! >= 2000);
  return outer.map((task) => {
    const parts = inside
      .filter((event) => event.ts >= task.ts && event.ts < task.ts + task.dur!)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 4)
      .map((event) => `${event.name}${event.args?.data?.functionName ? ` ${event.args.data.functionName}` : ''}${event.args?.data?.type ? ` ${event.args.data.type}` : ''} ${(event.dur! / 1000).toFixed(0)}`);
    return { wallMs: task.dur! / 1000, cpuMs: (task.tdur ?? task.dur!) / 1000, what: parts.join(', ') };
  });
}

async function measureRun(pages: ApiPage[], extensionDir?: string): Promise<Run> {
  const context = await launchWithExtension({ viewport: { width: 1280, height: 900 }, extensionDir });
  try {
    const api = new WikiApiStandIn(pages);
    await serveApi(context, api);
    const extensionId = await extensionIdOf(context);
    const page: Page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.addInitScript(WATCH_LONG_TASKS);
    const url = `chrome-extension://${extensionId}/dashboard.html#program`;
    await page.goto(url);
    const update = page.getByRole('button', { name: 'Update from the wiki' });
    await update.waitFor();

    let readMs = 0;
    const reading = await traceTasks(page, cdp, async () => {
      const started = Date.now();
      await update.click();
      await untilText(page, '.update-state .notice', `Updated from the wiki: ${PAGES} pages read.`);
      readMs = Date.now() - started;
    });
    const updatedAt = Date.now();
    await untilIdle(() => taskDuration(cdp), (ms) => ms, 'After the update');
    const settleMs = Date.now() - updatedAt - IDLE_QUIET_MS;

    await page.evaluate(recordKeystrokes('.program-find [role="status"]'));
    const search = page.getByRole('searchbox', { name: 'Search all ideas' });
    await search.click();
    let last = await untilIdle(() => taskDuration(cdp), (ms) => ms, 'After focusing the search box');
    const keys: Run['keys'] = [];
    for (const key of TYPING) {
      await page.keyboard.press(key === '\b' ? 'Backspace' : key === ' ' ? 'Space' : key);
      await sleep(KEY_INTERVAL_MS);
      const now = await taskDuration(cdp);
      keys.push({ key, record: { start: 0, keyFrame: null, inputFrame: null, statusFrame: null }, mainThreadMs: now - last });
      last = now;
    }
    const records = await page.evaluate<KeyRecord[]>(READ_KEYSTROKES);
    if (records.length !== keys.length) throw new Error(`Sent ${keys.length} keys, the dashboard saw ${records.length}.`);
    records.forEach((record, i) => (keys[i].record = record));

    let readyMs = 0;
    const opening = await traceTasks(page, cdp, async () => {
      const started = Date.now();
      await page.reload();
      await untilText(page, '.program-status .status-line strong', `${PAGES * IDEAS_PER_PAGE} ideas on ${PAGES} pages`);
      readyMs = Date.now() - started;
      await untilIdle(() => taskDuration(cdp), (ms) => ms, 'Opening the view');
    });
    return { readMs, reading, opening: { ...opening, readyMs }, settleMs, keys };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

/** Rows on the tasks of one phase, over all runs. */
function taskRows(label: string, runs: Tasks[]): string[][] {
  const traced = runs.flatMap((run) => run.traced);
  const overWall = traced.filter((task) => task.wallMs > LONG_TASK_MS);
  const overCpu = traced.filter((task) => task.cpuMs > LONG_TASK_MS);
  const api = runs.flatMap((run) => run.longTasks.filter((duration) => duration > LONG_TASK_MS));
  const longestCpu = traced.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), { wallMs: 0, cpuMs: 0, what: '' });
  const longestWall = traced.reduce((a, b) => (b.wallMs > a.wallMs ? b : a), { wallMs: 0, cpuMs: 0, what: '' });
  const perRun = (count: number) => (runs.length > 1 ? `${(count / runs.length).toFixed(1)} per run` : `${count}`);
  return [
    [`${label}: tasks over 50 ms of the main thread's CPU (trace)`, `${perRun(overCpu.length)}; longest ${ms(longestCpu.cpuMs)}`, 'none', verdict(!overCpu.length)],
    [`${label}: tasks over 50 ms of wall time (trace)`, `${perRun(overWall.length)}; longest ${ms(longestWall.wallMs)} (CPU ${ms(longestWall.cpuMs)})`, 'none', verdict(!overWall.length)],
    [`${label}: long tasks (Long Tasks API)`, api.length ? `${perRun(api.length)}; longest ${ms(Math.max(...api))}` : 'none', 'none', verdict(!api.length)],
    [`${label}: the task of most CPU held`, longestCpu.what || '—', '', ''],
  ];
}

/** The figures of one build over its runs: a label, a value, and the budget and verdict where there is one. */
function figureRows(results: Run[]): string[][] {
  const keys = results.flatMap((r) => r.keys);
  const answered = keys.map((k) => latencyOf(k.record));
  const nextFrame = keys.map((k) => nextFrameOf(k.record));
  const work = keys.map((k) => k.mainThreadMs);
  const median = (values: number[]) => percentile(values, 50);
  return [
    ['Reading 30 pages: wall time (median)', ms(median(results.map((r) => r.readMs))), '', ''],
    ...taskRows('Reading', results.map((r) => r.reading)),
    ['After reading: until the dashboard is idle (median)', ms(median(results.map((r) => r.settleMs))), '', ''],
    [`Search over ${PAGES * IDEAS_PER_PAGE} ideas: key until its results are rendered (median / p95 / max)`, `${ms(median(answered))} / ${ms(percentile(answered, 95))} / ${ms(percentile(answered, 100))}`, `≤ ${FRAME_MS.toFixed(1)} ms`, verdict(percentile(answered, 95) <= FRAME_MS)],
    ['Search: key until the next frame (median / p95)', `${ms(median(nextFrame))} / ${ms(percentile(nextFrame, 95))}`, '', ''],
    ['Search: main-thread time per key (TaskDuration, median / p95 / max)', `${ms(median(work))} / ${ms(percentile(work, 95))} / ${ms(percentile(work, 100))}`, `≤ ${FRAME_MS.toFixed(1)} ms`, verdict(percentile(work, 95) <= FRAME_MS)],
    ['Opening the view with 1,500 ideas stored: until the status line (median)', ms(median(results.map((r) => r.opening.readyMs))), '', ''],
    ...taskRows('Opening', results.map((r) => r.opening)),
  ];
}

function printVerbose(label: string, results: Run[]): void {
  for (const [phase, of] of [['Reading', (r: Run) => r.reading], ['Opening', (r: Run) => r.opening]] as const) {
    for (const task of results.flatMap((r) => of(r).traced).filter((t) => t.wallMs > LONG_TASK_MS || t.cpuMs > 16)) {
      console.log(`${label}${phase} task: wall ${ms(task.wallMs)}, CPU ${ms(task.cpuMs)}: ${task.what}`);
    }
  }
  const keys = results.flatMap((r) => r.keys);
  console.log(`${label}Keys (latency / main thread): ${keys.map((k) => `${k.key === '\b' ? '⌫' : k.key} ${latencyOf(k.record).toFixed(0)}/${k.mainThreadMs.toFixed(0)}`).join('  ')}`);
}

/** Runs the bench `runs` times; with `compare`, that build's runs too, each pair in alternating order. */
export async function benchProgram(runs: number, compare?: string): Promise<void> {
  const pages = programBenchPages();
  const loadAtStart = loadavg()[0];
  console.log(`All ideas pages: ${PAGES} pages of ${IDEAS_PER_PAGE} ideas (${PAGES * IDEAS_PER_PAGE}), read through api.php in dashboard.html#program; ${runs} run(s)${compare ? ` of this build and of ${compare}, interleaved` : ''}`);
  const results: Run[] = [];
  const compared: Run[] = [];
  for (let run = 0; run < runs; run++) {
    if (compare && run % 2 === 0) compared.push(await measureRun(pages, compare));
    results.push(await measureRun(pages));
    if (compare && run % 2 === 1) compared.push(await measureRun(pages, compare));
    process.stdout.write(`\rRun ${run + 1} of ${runs} done`);
  }
  console.log('');
  const rows = figureRows(results);
  if (compare) {
    const before = figureRows(compared);
    rows.forEach((row, i) => row.splice(1, 0, before[i][1]));
    rows.unshift(['', compare, 'this build', 'budget', '']);
  }
  console.log(`Machine: ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
  if (process.env.IDEA_SCOUT_BENCH_VERBOSE) {
    if (compare) printVerbose(`${compare}: `, compared);
    printVerbose(compare ? 'this build: ' : '', results);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, compare: { type: 'string' } } });
  if (process.env.IDEA_SCOUT_SKIP_BUILD === '1') assertExtensionBuilt();
  else buildExtension();
  await benchProgram(Math.max(1, Number(values.runs) || 3), values.compare);
}
