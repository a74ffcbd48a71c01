// `npm run bench`: what Idea Scout costs a wiki page, beside an empty extension, held against the budgets.
// How it measures and how to read it: docs/performance.md.
//
//   npm run bench                                 builds first; 10 to 20 minutes on 2 cores, more when they are busy
//   IDEA_SCOUT_SKIP_BUILD=1 npm run bench         uses .output/chrome-mv3 as it is
//   npm run bench -- --runs 3 --no-large --no-keys    quick: the small pages only
//   npm run bench -- --no-loads                   only the keystrokes
//   --no-article, --no-small, --no-large          skip a page; --typing N  typing sessions per extension (default 2)
//   --first-visit   also loads Idea Scout with its storage.local emptied before each load
//   --trace         also traces loads: all JavaScript, and the longest task running our code (slower)
//   --verbose       every load and keystroke
//   --compare DIR   also loads another build of Idea Scout (DIR, e.g. a copy of .output/chrome-mv3 before a change),
//                   interleaved with the others: before and after a change, measured under the same machine load
//                   (All ideas pages too: that build's runs alternate with this build's)
//   --no-program    skip "All ideas pages" (30 pages of 50 ideas read through api.php; scripts/bench-program.ts)
//   --only-program  only "All ideas pages"
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession } from '@playwright/test';
import { benchProgram } from './bench-program';
import { IDLE_QUIET_MS, latencyOf, nextFrameOf, percentile, READ_KEYSTROKES, recordKeystrokes, sleep, untilIdle as untilIdleBy, type KeyRecord } from './bench-support';
import { ARTICLE_URL, BENCH_FIXTURE, BENCH_URL, MANY_IDEAS_URL, articleWithoutIdeasPage, distinctIdeasPage } from './bench-page';
import { EXTENSION_DIR, ROOT, assertExtensionBuilt, backgroundWorkerOf, buildExtension, extensionIdOf, launchWithExtension } from './extension-browser';
import { findChromium } from './find-chromium';
import { IDEAS_PAGE_MODULE } from '../entrypoints/content/ideas-page-module';
import { WIKI_ORIGIN, WikiStandIn } from '../tests/e2e/support/wiki';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    typing: { type: 'string', default: '2' },
    'no-article': { type: 'boolean', default: false },
    'no-small': { type: 'boolean', default: false },
    'no-large': { type: 'boolean', default: false },
    'no-keys': { type: 'boolean', default: false },
    'no-loads': { type: 'boolean', default: false },
    'first-visit': { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    'no-program': { type: 'boolean', default: false },
    compare: { type: 'string' },
    'only-program': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(options.runs) || 7);
const TYPING_SESSIONS = options['no-keys'] ? 0 : Math.max(1, Number(options.typing) || 2);
const VIEWPORT = { width: 1280, height: 900 };
/** The wiki's pages, served to every tab of every browser alike (`serveWiki`). */
const wiki = new WikiStandIn();
const EMPTY_EXTENSION_DIR = join(ROOT, 'scripts', 'empty-extension');

/** Navigation and finding the search box: at a load average of 40 the 1,000-idea page took over 30 s to load. */
const PAGE_TIMEOUT_MS = 120_000;

/** A person's pace within a word; after each word (or run of Backspaces) the bench waits for the page to be idle. */
const KEY_INTERVAL_MS = 200;
/** Words and runs of Backspaces (\b), with a typo: the fuzzy search at work. */
const TYPING_PLAN: string[][] = ['virtio', '\b'.repeat(6), 'sheduler', '\b'.repeat(8), 'boot loader', '\b'.repeat(11)].map((run) => [...run]);

/** The content script: what every wiki page compiles. */
const LOADER = 'content-scripts/content.js';

/** The User Timing mark the content script sets once the search box is in the page (the empty extension sets it too). */
const SEARCH_BOX_MARK = 'idea-scout:search-box';

// Browser-side code is passed as strings: tsx would wrap functions in helpers the page does not have.
// Not page.waitForFunction: it polls in requestAnimationFrame callbacks, work of its own in the page's frames.
const WAIT_FOR_SEARCH_BOX = `
  new Promise((resolve, reject) => {
    const there = () => performance.getEntriesByName(${JSON.stringify(SEARCH_BOX_MARK)}).length > 0;
    if (there()) return resolve(true);
    const observer = new PerformanceObserver(() => {
      if (there()) { observer.disconnect(); resolve(true); }
    });
    observer.observe({ type: 'mark' });
    setTimeout(() => reject(new Error('No search box within ${PAGE_TIMEOUT_MS / 1000} s')), ${PAGE_TIMEOUT_MS});
  })
`;
const LOAD_TIMINGS = `({
  load: performance.getEntriesByType('navigation')[0].loadEventStart,
  ready: performance.getEntriesByName(${JSON.stringify(SEARCH_BOX_MARK)})[0]?.startTime ?? null,
  firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
})`;
type Metrics = Record<'TaskDuration' | 'ScriptDuration' | 'LayoutDuration' | 'RecalcStyleDuration', number>;

interface Load {
  /** Main-thread time of the load, in ms (thread ticks), and its parts, from navigation until idle. */
  metrics: Metrics;
  loadEventMs: number;
  /** When the search box was in the page (ms after navigation start), if it was. */
  readyMs: number | null;
  /** First contentful paint (ms after navigation start). */
  firstPaintMs: number | null;
  idleAfterMs: number;
  /** Traced loads: all JavaScript on the main thread, and the longest task that ran ours. */
  jsMs?: number;
  longestTask?: { ms: number; what: string };
}

interface Key {
  key: string;
  /** Until the first frame after the key's result. */
  latencyMs: number;
  /** Until the next frame after the key, whether it shows the result or not (as Interaction to Next Paint counts). */
  nextFrameMs: number;
  /** The status line changed for this key (else its result is taken to be the input event's). */
  statusChanged: boolean;
  mainThreadMs: number;
}

interface BenchPage {
  label: string;
  url: string;
  html: string;
  hasIdeas: boolean;
  budgetMs: number;
}

interface Variant {
  label: string;
  context: BrowserContext;
  /** Sets the search box mark on pages with ideas. */
  marksSearchBox: boolean;
  beforeLoad?: () => Promise<void>;
}

async function main() {
  if (process.env.IDEA_SCOUT_SKIP_BUILD === '1') assertExtensionBuilt();
  else buildExtension();
  const loadAtStart = loadavg();

  const pages: BenchPage[] = [
    ...(options['no-article'] ? [] : [{ label: 'Wiki page without ideas', url: ARTICLE_URL, html: articleWithoutIdeasPage(), hasIdeas: false, budgetMs: 15 }]),
    ...(options['no-small'] ? [] : [{ label: '18-idea page', url: BENCH_URL, html: readFileSync(BENCH_FIXTURE, 'utf8'), hasIdeas: true, budgetMs: 30 }]),
    ...(options['no-large'] ? [] : [{ label: '1,000 ideas, distinct words', url: MANY_IDEAS_URL, html: distinctIdeasPage(1000), hasIdeas: true, budgetMs: 300 }]),
  ];
  const manyIdeas = pages.find((page) => page.url === MANY_IDEAS_URL) ?? { url: MANY_IDEAS_URL, html: distinctIdeasPage(1000) };

  const scout = await launchWithExtension({ viewport: VIEWPORT });
  const empty = await launchWithExtension({ viewport: VIEWPORT, extensionDir: EMPTY_EXTENSION_DIR });
  const baseline = options.compare ? await launchWithExtension({ viewport: VIEWPORT, extensionDir: options.compare }) : null;
  const bare = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    viewport: VIEWPORT,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  for (const page of [...pages, manyIdeas]) wiki.serveHtml(page.url, page.html);
  const extensionOrigin = `chrome-extension://${await extensionIdOf(scout)}/`;
  const chromiumVersion = scout.browser()?.version() ?? (await scout.pages()[0]?.evaluate('navigator.userAgent'));

  const variants: Variant[] = [
    { label: 'bare', context: bare, marksSearchBox: false },
    { label: 'empty', context: empty, marksSearchBox: true },
    { label: 'scout', context: scout, marksSearchBox: true },
    ...(options['first-visit']
      ? [{ label: 'scoutFirstVisit', context: scout, marksSearchBox: true, beforeLoad: () => clearLocalStorage(scout) }]
      : []),
    ...(baseline ? [{ label: 'baseline', context: baseline, marksSearchBox: true }] : []),
  ];
  const loads = new Map<string, Load[]>(); // by page and variant
  const traced = new Map<string, Load[]>();
  const record = (map: Map<string, Load[]>, key: string, load: Load) => map.set(key, [...(map.get(key) ?? []), load]);

  if (!options['no-loads'] && pages.length) {
    // A first load of each page in each browser, not counted: the service worker's start, caches.
    for (const page of pages) for (const variant of variants) await measureLoad(variant, page, { trace: false, extensionOrigin });
    for (let run = 0; run < RUNS; run++) {
      for (const page of pages) {
        // Interleaved, and in a rotating order, so that every browser meets the same machine load.
        const order = variants.map((_, i) => variants[(i + run) % variants.length]);
        for (const variant of order) record(loads, `${page.label}|${variant.label}`, await measureLoad(variant, page, { trace: false, extensionOrigin }));
        if (options.trace) {
          for (const variant of order.filter((v) => v.label === 'bare' || v.label === 'scout')) {
            record(traced, `${page.label}|${variant.label}`, await measureLoad(variant, page, { trace: true, extensionOrigin }));
          }
        }
      }
      process.stdout.write(`\rRound ${run + 1} of ${RUNS} done`);
    }
    process.stdout.write('\n');
  }

  const keys: Record<'scout' | 'empty' | 'baseline', Key[]> = { scout: [], empty: [], baseline: [] };
  for (let session = 0; session < TYPING_SESSIONS; session++) {
    for (const [label, context] of [['empty', empty], ['scout', scout], ...(baseline ? [['baseline', baseline] as const] : [])] as const) keys[label].push(...(await typingSession(context, manyIdeas.url)));
    process.stdout.write(`\rTyping session ${session + 1} of ${TYPING_SESSIONS} done`);
  }
  if (TYPING_SESSIONS) process.stdout.write('\n');

  await Promise.all([scout.close(), empty.close(), bare.close(), baseline?.close()]);
  report({ pages, loads, traced, keys, loadAtStart, chromiumVersion });
}

/** One page load in a fresh tab, from before navigation until the page is idle. */
async function measureLoad(variant: Variant, page: BenchPage, { trace, extensionOrigin }: { trace: boolean; extensionOrigin: string }): Promise<Load> {
  await variant.beforeLoad?.();
  const tab = await variant.context.newPage();
  const cdp = await variant.context.newCDPSession(tab);
  await serveWiki(cdp);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await readMetrics(cdp);
  const stopTrace = trace ? await startTrace(cdp) : null;
  const start = Date.now();
  await tab.goto(page.url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  // Every variant runs one evaluation here, so that all count the same.
  await tab.evaluate(page.hasIdeas && variant.marksSearchBox ? WAIT_FOR_SEARCH_BOX : 'true');
  const after = await untilIdle(cdp, `${page.label}, ${variant.label}`);
  const idleAfterMs = Date.now() - start - IDLE_QUIET_MS;
  const events = stopTrace ? await stopTrace() : null;
  const timing = await tab.evaluate<{ load: number; ready: number | null; firstPaint: number | null }>(LOAD_TIMINGS);
  await cdp.detach();
  await tab.close();
  const metrics = Object.fromEntries(Object.entries(after).map(([name, value]) => [name, value - before[name as keyof Metrics]])) as Metrics;
  const load: Load = { metrics, loadEventMs: timing.load, readyMs: timing.ready, firstPaintMs: timing.firstPaint, idleAfterMs };
  if (events) {
    load.jsMs = javaScriptTimeOf(events, page.url);
    if (variant.label === 'scout') load.longestTask = longestTaskOf(events, page.url, extensionOrigin);
  }
  return load;
}

/**
 * Serves the wiki stand-in to one tab through CDP's Fetch domain, for web requests only. Playwright's routes would
 * intercept every request of the context, the extension's own files included (the ideas page's module, fuse.js),
 * each then waiting on this process; for a reader they come straight from the extension.
 */
async function serveWiki(cdp: CDPSession): Promise<void> {
  cdp.on('Fetch.requestPaused', ({ requestId, request, resourceType }) => {
    let sent: Promise<unknown>;
    if (WIKI_ORIGIN.test(request.url)) {
      const { status, contentType, body } = wiki.response(request.url, resourceType.toLowerCase());
      const headers = [{ name: 'Content-Type', value: contentType }];
      sent = cdp.send('Fetch.fulfillRequest', { requestId, responseCode: status, responseHeaders: headers, body: Buffer.from(body).toString('base64') });
    } else {
      sent = cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
    }
    // A tab closed while a request waits cannot be answered.
    sent.catch(() => undefined);
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'http*' }] });
}

/** CDP Performance.getMetrics, in ms of thread time. */
async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? Number.NaN) * 1000;
  return {
    TaskDuration: value('TaskDuration'),
    ScriptDuration: value('ScriptDuration'),
    LayoutDuration: value('LayoutDuration'),
    RecalcStyleDuration: value('RecalcStyleDuration'),
  };
}

/** Polls the metrics until the main thread has done no work for a while; returns the last reading. */
function untilIdle(cdp: CDPSession, what: string): Promise<Metrics> {
  return untilIdleBy(() => readMetrics(cdp), (metrics) => metrics.TaskDuration, what);
}

/**
 * Types into the search box of the 1,000-idea page as a person would: loads the page and waits until it is idle,
 * clicks the box and types at once (nothing prepared the search before), a word at a person's pace, then waits for
 * idle so that deferred work (table of contents, highlighting) is counted in the word's keys.
 */
async function typingSession(context: BrowserContext, url: string): Promise<Key[]> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await serveWiki(cdp);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await tab.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  await tab.evaluate(WAIT_FOR_SEARCH_BOX);
  await untilIdle(cdp, 'Typing session, load');
  const box = tab.getByRole('searchbox', { name: 'Search ideas' });
  await box.scrollIntoViewIfNeeded({ timeout: PAGE_TIMEOUT_MS });
  const bounds = await box.boundingBox({ timeout: PAGE_TIMEOUT_MS });
  if (!bounds) throw new Error('The search box has no size.');
  await tab.evaluate(recordKeystrokes('[role="status"]'));
  let last = (await untilIdle(cdp, 'Typing session, before typing')).TaskDuration;

  const plan = TYPING_PLAN.flat();
  const mainThreadMs: number[] = [];
  for (const [w, word] of TYPING_PLAN.entries()) {
    for (const [k, key] of word.entries()) {
      if (w === 0 && k === 0) await tab.mouse.click(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
      await tab.keyboard.press(key === '\b' ? 'Backspace' : key === ' ' ? 'Space' : key);
      const more = k < word.length - 1;
      let now: number;
      if (more) {
        await sleep(KEY_INTERVAL_MS);
        now = (await readMetrics(cdp)).TaskDuration;
      } else {
        now = (await untilIdle(cdp, `Typing session, after "${word.join('').replaceAll('\b', '⌫')}"`)).TaskDuration;
      }
      mainThreadMs.push(now - last);
      last = now;
    }
  }
  const records = await tab.evaluate<KeyRecord[]>(READ_KEYSTROKES);
  await cdp.detach();
  await tab.close();
  if (records.length !== plan.length) throw new Error(`Sent ${plan.length} keys, the page saw ${records.length}.`);
  return records.map((r, i) => ({
    key: plan[i],
    latencyMs: latencyOf(r),
    nextFrameMs: nextFrameOf(r),
    statusChanged: r.statusFrame !== null,
    mainThreadMs: mainThreadMs[i],
  }));
}

/** Empties Idea Scout's storage.local, as on a first visit. */
async function clearLocalStorage(context: BrowserContext): Promise<void> {
  await (await backgroundWorkerOf(context)).evaluate('chrome.storage.local.clear()');
}

// ---- Report ----

interface Report {
  pages: BenchPage[];
  loads: Map<string, Load[]>;
  traced: Map<string, Load[]>;
  keys: Record<'scout' | 'empty' | 'baseline', Key[]>;
  loadAtStart: number[];
  chromiumVersion: string | undefined;
}

function report({ pages, loads, traced, keys, loadAtStart, chromiumVersion }: Report) {
  const of = (map: Map<string, Load[]>, page: BenchPage, variant: string) => map.get(`${page.label}|${variant}`) ?? [];
  const task = (load: Load) => load.metrics.TaskDuration;
  /** Each load of a variant minus the bare page's median: their median is the figure, and each is held to the budget. */
  const added = (page: BenchPage, variant: string, value: (load: Load) => number, base: (load: Load) => number = value) => {
    const bareMedian = median(of(loads, page, 'bare').map(base));
    return of(loads, page, variant).map((load) => value(load) - bareMedian);
  };

  const rows: Row[] = [];
  for (const page of pages) {
    if (!of(loads, page, 'scout').length) continue;
    rows.push({ label: page.label, empty: added(page, 'empty', task), scout: added(page, 'scout', task), budget: page.budgetMs, of: 'loads' });
  }
  const small = pages.find((page) => page.url === BENCH_URL);
  if (small && of(loads, small, 'scout').length) {
    const ready = (variant: string) => added(small, variant, (load) => load.readyMs ?? Number.NaN, (load) => load.loadEventMs);
    rows.push({ label: "Search box usable after the bare page's load event, 18 ideas", empty: ready('empty'), scout: ready('scout'), budget: 50, of: 'loads' });
  }
  if (keys.scout.length) {
    rows.push({
      label: 'Keystroke until its frame is rendered, p95, 1,000 ideas',
      empty: keys.empty.map((k) => k.latencyMs),
      scout: keys.scout.map((k) => k.latencyMs),
      budget: 100,
      of: 'keys',
      p95: true,
    });
  }

  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources?: Array<{ resources: string[] }> };
  const modules = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources).filter((file) => /\.m?js$/.test(file));
  const gzKb = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 6 }).length, 0) / 1024; // as `gzip -c`
  // Every wiki page gets the loader; a page with ideas also imports the ideas page's module; the rest (fuse.js) waits
  // for the first search.
  const loaderKb = gzKb([LOADER]);
  const ideasPageKb = loaderKb + gzKb([IDEAS_PAGE_MODULE]);
  const onDemand = modules.filter((file) => file !== IDEAS_PAGE_MODULE);

  console.log('');
  console.log(`Idea Scout bench: ${RUNS} rounds of loads interleaved (bare page, empty extension, Idea Scout${options['first-visit'] ? ', Idea Scout first visit' : ''}), ${TYPING_SESSIONS} typing sessions per extension`);
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; load average ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end; Chromium ${chromiumVersion}`);
  console.log('');
  console.log('Budgets. Main-thread time added to the bare page: DevTools TaskDuration in thread ticks, until idle; medians.');
  printTable(
    ['', 'empty ext.', 'Idea Scout', '× empty', 'budget', 'over budget', ''],
    [
      ...rows.map((row) => {
        const figure = (values: number[]) => (row.p95 ? percentile(values, 95) : median(values));
        const [emptyFigure, scoutFigure] = [figure(row.empty), figure(row.scout)];
        const over = row.scout.filter((value) => value > row.budget).length;
        return [
          row.label,
          formatMs(emptyFigure),
          formatMs(scoutFigure),
          emptyFigure >= 1 ? `${(scoutFigure / emptyFigure).toFixed(1)}×` : '—',
          `≤ ${row.budget} ms`,
          `${over} of ${row.scout.length} ${row.of}`,
          scoutFigure <= row.budget ? 'ok' : 'OVER',
        ];
      }),
      ['Code of an ideas page (loader and module), gzipped', '', `${ideasPageKb.toFixed(1)} KB`, '', '≤ 40 KB', '', ideasPageKb <= 40 ? 'ok' : 'OVER'],
    ],
  );

  console.log('');
  console.log('Diagnostics (not budgets)');
  const diagnostics: string[][] = [];
  const METRICS: Array<keyof Metrics> = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];
  const range = (values: number[]) => `${Math.min(...values).toFixed(0)} to ${Math.max(...values).toFixed(0)} ms`;
  for (const page of pages) {
    const bareLoads = of(loads, page, 'bare');
    if (!bareLoads.length) continue;
    const idle = (ls: Load[]) => formatMs(median(ls.map((l) => l.idleAfterMs)));
    diagnostics.push([`${page.label}: bare page itself`, ...METRICS.map((name) => formatMs(median(bareLoads.map((l) => l.metrics[name])))), range(bareLoads.map(task)), idle(bareLoads)]);
    for (const [variant, name] of [['empty', 'empty extension, added'], ['scout', 'Idea Scout, added'], ['scoutFirstVisit', 'Idea Scout first visit, added'], ['baseline', `${options.compare}, added`]]) {
      if (!of(loads, page, variant).length) continue;
      const addedOf = (metric: keyof Metrics) => added(page, variant, (l) => l.metrics[metric]);
      diagnostics.push([`  ${name}`, ...METRICS.map((metric) => formatMs(median(addedOf(metric)))), range(addedOf('TaskDuration')), idle(of(loads, page, variant))]);
    }
  }
  if (diagnostics.length) printTable(['medians', 'TaskDuration', 'ScriptDuration', 'Layout', 'RecalcStyle', 'TaskDuration range', 'idle after'], diagnostics);
  if (keys.scout.length) {
    console.log('');
    const perKey = (ks: Key[]) => `median ${formatMs(median(ks.map((k) => k.mainThreadMs)))}, p95 ${formatMs(percentile(ks.map((k) => k.mainThreadMs), 95))}, total ${formatMs(ks.reduce((sum, k) => sum + k.mainThreadMs, 0) / TYPING_SESSIONS)} per session`;
    console.log(`Main-thread time per keystroke (TaskDuration, deferred work included), 1,000 ideas: Idea Scout ${perKey(keys.scout)}`);
    console.log(`                                                                              empty ext. ${perKey(keys.empty)}`);
    if (keys.baseline.length) console.log(`                                                                              ${options.compare} ${perKey(keys.baseline)}, latency p95 ${formatMs(percentile(keys.baseline.map((k) => k.latencyMs), 95))}`);
    const latency = (ks: Key[]) =>
      `median ${formatMs(median(ks.map((k) => k.latencyMs)))} (status changed for ${ks.filter((k) => k.statusChanged).length} of ${ks.length} keys); until the next frame, p95 ${formatMs(percentile(ks.map((k) => k.nextFrameMs), 95))}`;
    console.log(`Keystroke until its frame is rendered: Idea Scout ${latency(keys.scout)}; empty ext. ${latency(keys.empty)}`);
    console.log(`First key of a session (cold search): ${keys.scout.filter((_, i) => i % TYPING_PLAN.flat().length === 0).map((k) => formatMs(k.latencyMs)).join(', ')}`);
  }
  if (small && of(loads, small, 'scout').length) {
    // The median of one timing over a variant's loads of the 18-idea page, and the same of the other build if compared.
    const at = (variant: string, timing: (load: Load) => number | null) => formatMs(median(of(loads, small, variant).map((l) => timing(l) ?? Number.NaN)));
    const compared = (timing: (load: Load) => number | null) => (of(loads, small, 'baseline').length ? `, ${options.compare} ${at('baseline', timing)}` : '');
    const searchBox = (l: Load) => l.readyMs;
    const firstPaint = (l: Load) => l.firstPaintMs;
    console.log(`18 ideas: bare page's load event at ${at('bare', (l) => l.loadEventMs)}; search box at ${at('scout', searchBox)} (empty ext. ${at('empty', searchBox)}${compared(searchBox)}) after navigation start`);
    console.log(`18 ideas: first contentful paint at ${at('scout', firstPaint)} (bare page ${at('bare', firstPaint)}, empty ext. ${at('empty', firstPaint)}${compared(firstPaint)}) after navigation start`);
  }
  console.log(`Code, gzipped: on every wiki page ${loaderKb.toFixed(1)} KB (${LOADER}); where ideas are, ${IDEAS_PAGE_MODULE} too; on the first search ${gzKb(onDemand).toFixed(1)} KB more (${onDemand.join(', ')})`);
  if (traced.size) {
    console.log('');
    console.log('Traced loads (--trace): all JavaScript on the main thread, promise continuations included, and the longest task that ran ours');
    for (const page of pages) {
      const scoutTraced = of(traced, page, 'scout');
      if (!scoutTraced.length) continue;
      const longest = scoutTraced.reduce((a, b) => ((b.longestTask?.ms ?? 0) > (a.longestTask?.ms ?? 0) ? b : a));
      console.log(`${page.label}: all JS added ${formatMs(median(scoutTraced.map((l) => l.jsMs ?? Number.NaN)) - median(of(traced, page, 'bare').map((l) => l.jsMs ?? Number.NaN)))}; longest task ${formatMs(longest.longestTask?.ms ?? 0)}: ${longest.longestTask?.what ?? ''}`);
    }
  }
  if (options.verbose) {
    console.log('');
    for (const [key, ls] of loads) console.log(`TaskDuration per load, ${key}: ${ls.map((l) => l.metrics.TaskDuration.toFixed(1)).join(' ')}`);
    for (const [label, ks] of Object.entries(keys)) console.log(`Keys, ${label}: ${ks.map((k) => `${k.key === '\b' ? '⌫' : k.key} ${k.latencyMs.toFixed(0)}/${k.mainThreadMs.toFixed(0)}`).join('  ')}`);
  }
}

interface Row {
  label: string;
  empty: number[];
  scout: number[];
  budget: number;
  of: 'loads' | 'keys';
  p95?: boolean;
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  console.log(line(header));
  rows.forEach((row) => console.log(line(row)));
}

function formatMs(ms: number): string {
  return Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : '—';
}

// ---- Trace (--trace) ----

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; scriptName?: string }; beginData?: { url?: string } } };

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** Trace events that run JavaScript; nested ones overlap, so their union is taken. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'RunMicrotasks']);

/** The page's main thread: the one that parsed the page. */
function mainThreadOf(events: TraceEvent[], url: string): (event: TraceEvent) => boolean {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url?.startsWith(url));
  return (event) => parse !== undefined && event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && !!event.dur;
}

/** All JavaScript run on the page's main thread, in ms. */
function javaScriptTimeOf(events: TraceEvent[], url: string): number {
  const onMain = mainThreadOf(events, url);
  const spans = events
    .filter((event) => onMain(event) && SCRIPT_EVENTS.has(event.name))
    .map((event) => [event.ts, event.ts + event.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return spans.length ? total / 1000 : Number.NaN;
}

/**
 * The longest task on the page's main thread that ran our code, its style and layout included: a task in which one
 * of our scripts ran, or one that ran promise continuations outside the page's own parsing (the wiki stand-in serves
 * empty scripts, so those are ours: a reply from the background, a storage read).
 */
function longestTaskOf(events: TraceEvent[], url: string, origin: string): { ms: number; what: string } {
  const onMain = mainThreadOf(events, url);
  const ours = events.filter((event) => {
    const data = event.args?.data;
    // A continuation of ours does some work; rendering tasks run short checkpoints of the page's own observers.
    return onMain(event) && ((data?.url ?? data?.scriptName ?? '').startsWith(origin) || (event.name === 'RunMicrotasks' && event.dur! >= 2000));
  });
  const parsing = events.filter((event) => onMain(event) && event.name === 'ParseHTML');
  const within = (task: TraceEvent) => (event: TraceEvent) => event.ts >= task.ts && event.ts < task.ts + task.dur!;
  let longest = { ms: 0, what: '' };
  for (const task of events) {
    if (task.name !== 'RunTask' || !onMain(task) || task.dur! / 1000 <= longest.ms) continue;
    const inTask = within(task);
    const ran = ours.filter(inTask);
    if (ran.some((event) => event.name !== 'RunMicrotasks') || (ran.length && !parsing.some(inTask))) {
      const inside = events.filter((event) => onMain(event) && inTask(event) && event !== task && event.dur! > 1000);
      const what = inside.map((event) => `${event.name}${event.args?.data?.url ? ` (${event.args.data.url.split('/').pop()})` : ''} ${(event.dur! / 1000).toFixed(1)}`).join(', ');
      longest = { ms: task.dur! / 1000, what };
    }
  }
  return longest;
}

// ---- Helpers ----

function median(values: number[]): number {
  return percentile(values, 50);
}

if (options['only-program']) {
  if (process.env.IDEA_SCOUT_SKIP_BUILD === '1') assertExtensionBuilt();
  else buildExtension();
} else {
  await main();
  console.log('');
}
if (!options['no-program']) await benchProgram(Math.min(RUNS, 3), options.compare);
