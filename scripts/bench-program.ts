// `npm run bench -- --program` (or `npx tsx scripts/bench-program.ts`): "All ideas pages" at the size of a big
// program, 30 pages of 50 ideas each, with the wiki's api.php answered at its real URL from generated pages.
// Measures, in Chromium with the built extension, in dashboard.html#program:
// - reading all 30 pages ("Update from the wiki"): the long tasks of the dashboard meanwhile (the budget: none over
//   50 ms), from the Long Tasks API, and the longest task from a trace of the dashboard's main thread;
// - a search over the 1,500 ideas: each keystroke until the results are updated and until the next frame after
//   them is rendered (the budget: one frame, 16.7 ms), and the main-thread time of each key.
//
//   IDEA_SCOUT_SKIP_BUILD=1 npx tsx scripts/bench-program.ts --runs 3
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from '@playwright/test';
import { serveApi } from '../tests/e2e/support/wiki-api';
import { WikiApiStandIn, type ApiPage } from '../tests/support/wiki-api';
import { distinctIdeasPage } from './bench-page';
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

// Browser-side code as strings: tsx would wrap functions in helpers the page does not have.
const WATCH_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
`;
const RECORD_KEYSTROKES = `
  (() => {
    const keys = (window.__keys = []);
    let current = null;
    const afterNextFrame = (record, field) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { record[field] = performance.now(); };
      channel.port2.postMessage(null);
    });
    document.addEventListener('keydown', (event) => {
      current = { start: event.timeStamp, updated: null, frame: null };
      keys.push(current);
    }, true);
    // The results and the status line: their change is the answer to the key.
    new MutationObserver(() => {
      if (!current || current.updated !== null) return;
      current.updated = performance.now();
      afterNextFrame(current, 'frame');
    }).observe(document.querySelector('.program-find'), { childList: true, characterData: true, subtree: true, attributes: true });
  })();
`;

interface Run {
  readMs: number;
  longTasks: number[];
  longestTaskMs: number;
  keys: Array<{ key: string; updatedMs: number | null; frameMs: number | null; mainThreadMs: number }>;
}

/**
 * Waits for the update's report, asking the page twice a second with one cheap query: Playwright's own waiting would
 * search the page's text in the page's main thread, work counted in the tasks measured.
 */
async function untilUpdated(page: Page): Promise<void> {
  const deadline = Date.now() + 300_000;
  const expected = `Updated from the wiki: ${PAGES} pages read.`;
  while ((await page.evaluate(`document.querySelector('.update-state .notice')?.textContent ?? ''`)) !== expected) {
    if (Date.now() > deadline) throw new Error(`"${expected}" did not appear within 5 minutes.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string } } };

async function measureRun(pages: ApiPage[]): Promise<Run> {
  const context = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
  try {
    const api = new WikiApiStandIn(pages);
    await serveApi(context, api);
    const extensionId = await extensionIdOf(context);
    const page: Page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html#program`);
    const update = page.getByRole('button', { name: 'Update from the wiki' });
    await update.waitFor();
    await page.evaluate(WATCH_LONG_TASKS);

    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] } });
    const started = Date.now();
    await update.click();
    await untilUpdated(page);
    const readMs = Date.now() - started;
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    const longTasks = await page.evaluate<number[]>('window.__longTasks');

    // The dashboard's main thread: the thread that ran most of the extension's page scripts (the service worker's
    // background.js runs elsewhere).
    const origin = `chrome-extension://${extensionId}/`;
    const threads = new Map<string, number>();
    for (const event of events) {
      const url = event.args?.data?.url ?? '';
      if (event.name === 'FunctionCall' && url.startsWith(origin) && !url.endsWith('/background.js')) {
        const thread = `${event.pid}/${event.tid}`;
        threads.set(thread, (threads.get(thread) ?? 0) + 1);
      }
    }
    const main = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
    const longestTaskMs = Math.max(0, ...events.filter((event) => `${event.pid}/${event.tid}` === main && event.name === 'RunTask' && event.ph === 'X').map((event) => event.dur! / 1000));

    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.evaluate(RECORD_KEYSTROKES);
    const search = page.getByRole('searchbox', { name: 'Search all ideas' });
    await search.focus();
    await page.waitForTimeout(500); // the search index is built on focus
    const keys: Run['keys'] = [];
    for (const key of TYPING) {
      const before = await taskDuration(cdp);
      await page.keyboard.press(key === '\b' ? 'Backspace' : key);
      await page.waitForTimeout(KEY_INTERVAL_MS);
      const mainThreadMs = (await taskDuration(cdp)) - before;
      keys.push({ key, updatedMs: null, frameMs: null, mainThreadMs });
    }
    const recorded = await page.evaluate<Array<{ start: number; updated: number | null; frame: number | null }>>('window.__keys');
    recorded.forEach((record, i) => {
      if (!keys[i]) return;
      keys[i].updatedMs = record.updated === null ? null : record.updated - record.start;
      keys[i].frameMs = record.frame === null ? null : record.frame - record.start;
    });
    return { readMs, longTasks, longestTaskMs, keys };
  } finally {
    await context.close();
  }
}

function percentile(values: number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');

export async function benchProgram(runs: number): Promise<void> {
  const pages = programBenchPages();
  const loadAtStart = loadavg()[0];
  console.log(`All ideas pages: ${PAGES} pages of ${IDEAS_PER_PAGE} ideas (${PAGES * IDEAS_PER_PAGE}), read through api.php in dashboard.html#program; ${runs} run(s)`);
  const results: Run[] = [];
  for (let run = 0; run < runs; run++) {
    results.push(await measureRun(pages));
    process.stdout.write(`\rRun ${run + 1} of ${runs} done`);
  }
  console.log('');
  const longest = Math.max(...results.map((r) => r.longestTaskMs));
  const over = results.flatMap((r) => r.longTasks.filter((d) => d > LONG_TASK_MS));
  const keys = results.flatMap((r) => r.keys);
  const updated = keys.map((k) => k.updatedMs ?? Number.NaN);
  const frames = keys.map((k) => k.frameMs ?? Number.NaN);
  const work = keys.map((k) => k.mainThreadMs);
  const rows = [
    ['Reading 30 pages: wall time (median)', ms(percentile(results.map((r) => r.readMs), 50)), '', ''],
    ['Reading: longest task in the dashboard (trace, max over runs)', ms(longest), `≤ ${LONG_TASK_MS} ms`, longest <= LONG_TASK_MS ? 'ok' : 'OVER'],
    ['Reading: long tasks over 50 ms (Long Tasks API, per run; longest)', over.length ? `${(over.length / runs).toFixed(1)}; ${ms(Math.max(...over))}` : 'none', 'none', over.length ? 'OVER' : 'ok'],
    [`Search over ${PAGES * IDEAS_PER_PAGE} ideas: key until results updated (median / p95 / max)`, `${ms(percentile(updated, 50))} / ${ms(percentile(updated, 95))} / ${ms(percentile(updated, 100))}`, `≤ ${FRAME_MS.toFixed(1)} ms`, percentile(updated, 95) <= FRAME_MS ? 'ok' : 'OVER'],
    ['Search: key until the next frame after the results (median / p95)', `${ms(percentile(frames, 50))} / ${ms(percentile(frames, 95))}`, '', ''],
    ['Search: main-thread time per key (TaskDuration, median / p95 / max)', `${ms(percentile(work, 50))} / ${ms(percentile(work, 95))} / ${ms(percentile(work, 100))}`, `≤ ${FRAME_MS.toFixed(1)} ms`, percentile(work, 95) <= FRAME_MS ? 'ok' : 'OVER'],
  ];
  console.log(`Machine: ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  if (process.env.IDEA_SCOUT_SKIP_BUILD === '1') assertExtensionBuilt();
  else buildExtension();
  await benchProgram(Math.max(1, Number(values.runs) || 3));
}
