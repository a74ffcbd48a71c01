// Idea identity. Titles, not anchors: legacy (`KDD_.28…`) and html5 (`KDD_(…`) renderings of the same
// heading get the same key, and keys survive MediaWiki renumbering duplicate anchors (`_2`).

export function titleKey(title: string): string {
  return title.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/ /g, '_');
}

/**
 * Unique keys for a page's ideas, in order. Duplicated titles are told apart by their category (or
 * section), then by their rank among what is still equal.
 */
export function assignKeys(ideas: Array<{ title: string; category: string | null; section: string }>): string[] {
  const base = ideas.map((idea) => titleKey(idea.title));
  const withPlace = base.map((key, i) =>
    count(base, key) > 1 ? `${key}@${titleKey(ideas[i].category ?? ideas[i].section)}` : key,
  );
  const seen = new Map<string, number>();
  return withPlace.map((key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return count(withPlace, key) > 1 && n > 1 ? `${key}~${n}` : key;
  });
}

function count(list: string[], value: string): number {
  let n = 0;
  for (const item of list) if (item === value) n++;
  return n;
}
