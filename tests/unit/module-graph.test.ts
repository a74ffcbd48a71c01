// The import graph of the whole tree, type-only imports included, as TypeScript resolves it: no circles, and
// data flows one way. lib/ (pure, and the RPC client) is used by everything; components/ are views that take
// data as props; hooks/ read and write through the background; containers/ give hooks' data to views;
// entrypoints/ mount them, each on its own.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SKIPPED = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results', 'playwright-report']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every file's imports within the tree (static, type-only, re-exports and dynamic), as paths from the root. */
function importGraph(): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options = config?.options ?? {};
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(ROOT)) {
    const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file) ?? '', true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) return [];
      return [relative(ROOT, resolved.resolvedFileName).split(sep).join('/')];
    });
    graph.set(relative(ROOT, file).split(sep).join('/'), [...new Set(targets)]);
  }
  return graph;
}

/** Groups of files that import each other in a circle (Tarjan's strongly connected components). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) found.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/**
 * Entrypoints that are one in two files: the ideas page's module is the content script's own code, built apart so
 * that pages without ideas compile only the loader (wxt.config.ts).
 */
const PART_OF: Record<string, string> = { 'entrypoints/ideas-page': 'entrypoints/content' };

/** The layer a file belongs to: a top folder, one entrypoint (`entrypoints/<name>`), or null (tests, scripts, config). */
function layerOf(file: string): string | null {
  const [top, name] = file.split('/');
  if (['lib', 'components', 'hooks', 'containers'].includes(top)) return top;
  if (top === 'entrypoints') {
    const entrypoint = `entrypoints/${name.replace(/\.(ts|tsx|html)$/, '')}`;
    return PART_OF[entrypoint] ?? entrypoint;
  }
  return null;
}

const MAY_IMPORT: Record<string, readonly string[]> = {
  lib: [],
  components: ['lib'],
  hooks: ['lib'],
  containers: ['lib', 'components', 'hooks'],
  // An entrypoint uses shared code, never another entrypoint's.
  entrypoints: ['lib', 'components', 'hooks', 'containers'],
};

/** Whether a file of layer `from` may import one of layer `to`. */
function mayImport(from: string | null, to: string | null): boolean {
  if (from === null || to === null || from === to) return true;
  return MAY_IMPORT[from.split('/')[0]].includes(to);
}

describe('the import graph', () => {
  const graph = importGraph();

  it('sees the tree', () => {
    expect(graph.get('entrypoints/background/router.ts')).toContain('entrypoints/background/handlers/index.ts');
    expect(graph.get('entrypoints/background/handlers/bookmarks.ts')).toContain('entrypoints/background/types.ts'); // a type-only import
  });

  it('has no import circles, type-only imports included', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('flows one way: lib ← components, hooks ← containers ← entrypoints, and no entrypoint imports another', () => {
    const wrong = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !mayImport(layerOf(file), layerOf(target))).map((target) => `${file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('views fetch nothing: no file in components/ uses the RPC client', () => {
    const fetching = [...graph].filter(([file, targets]) => file.startsWith('components/') && targets.includes('lib/rpc/client.ts'));
    expect(fetching.map(([file]) => file)).toEqual([]);
  });
});
