// `npx tsx scripts/script-duration-gap.ts`: shows what DevTools' ScriptDuration (Performance.getMetrics) leaves
// out. The same 30 ms of work is run in a message handler, then right after an `await`; Chrome counts the first
// and not the second (microtasks are not counted). Why `npm run bench` takes script time from a trace instead.
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium';

const WORK_MS = 30;
const busy = `const t = performance.now(); while (performance.now() - t < ${WORK_MS});`;
const CASES: Record<string, string> = {
  'in a message handler': `new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = () => { ${busy} done(); }; c.port2.postMessage(0); })`,
  'after awaiting a message': `(async () => { await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }); ${busy} })()`,
  'after awaiting setTimeout': `(async () => { await new Promise((r) => setTimeout(r)); ${busy} })()`,
};

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setContent('<p>ScriptDuration check</p>');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const scriptMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
for (const [name, code] of Object.entries(CASES)) {
  const before = await scriptMs();
  await page.evaluate(code);
  await page.waitForTimeout(100);
  console.log(`${WORK_MS} ms of work ${name.padEnd(26)} ScriptDuration +${((await scriptMs()) - before).toFixed(1)} ms`);
}
await browser.close();
