// axe-core in a page: its serious and critical violations, each with where it is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; nodes: { target: string[] }[] };

/**
 * On a wiki page, `within` keeps the nodes whose selector names it (our shadow hosts, `idea-scout…`): the wiki's own
 * markup is not ours to judge.
 */
export async function seriousViolations(page: Page, within = ''): Promise<string[]> {
  await page.evaluate(AXE_SOURCE); // evaluated by the debugger protocol, which an extension page's CSP allows
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ v, targets: v.nodes.map((n) => JSON.stringify(n.target)).filter((target) => target.includes(within)) }))
      .filter(({ targets }) => targets.length > 0)
      .map(({ v, targets }) => `${v.id} (${v.impact}): ${targets.join(', ')}`);
  }, within);
}
