// The parse CLI as a mentor would run it: `npm run --silent parse -- FILE.html`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Output = { page: unknown; ideas: { title: string }[]; warnings: string[] };

const root = new URL('../..', import.meta.url).pathname;
const parse = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/parse.ts'), ...args], { cwd: root, encoding: 'utf8' });

// Each case starts Node with tsx: seconds on a busy machine.
describe('parse CLI', { timeout: 30_000 }, () => {
  it('prints the page as JSON, ideas in page order, and exits 0', () => {
    const run = parse('tests/fixtures/outreach-vector2022-mw1.44.html');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as Output;
    expect(Object.keys(out)).toEqual(['page', 'ideas', 'warnings']);
    expect(out.page).toEqual({ title: 'Outreach Program Projects', url: 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects' });
    expect(out.ideas).toHaveLength(18);
    expect(out.ideas[0].title).toBe('OVMF Compatibility Support Module support in Xen');
    expect(out.ideas[17].title).toBe('DRBD Integration');
    expect(out.warnings).toEqual([]);
  });

  it('gives an empty list and a warning for a page without ideas', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'scout-')), 'main.html');
    writeFileSync(file, '<html><body><h1 id="firstHeading">Main Page</h1><p>Welcome.</p></body></html>');
    const run = parse(file);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Output;
    expect(out.ideas).toEqual([]);
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatch(/No project ideas found/);
  });

  it('says in one line on stderr that a file cannot be read, and exits 1', () => {
    const run = parse('no/such/page.html');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot read no\/such\/page\.html: ENOENT/);
  });
});
