// Keys that reach an object's prototype when data is copied key by key (`target[key] = value`). Idea Scout never
// writes them, so data from a file or another context that holds one is refused before anything reads it.

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Depth-first and iterative (hostile data may nest deeply); the first forbidden key and where it sits. */
export function findForbiddenKey(root: unknown): { key: string; path: string } | null {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [key, child] of entries) {
      const childPath = typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return { key, path: path || 'the top level' };
      stack.push({ value: child, path: childPath });
    }
  }
  return null;
}
