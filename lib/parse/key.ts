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
  const baseCounts = counts(base);
  const withPlace = base.map((key, i) =>
    baseCounts.get(key)! > 1 ? `${key}@${titleKey(ideas[i].category ?? ideas[i].section)}` : key,
  );
  const placeCounts = counts(withPlace);
  const seen = new Map<string, number>();
  return withPlace.map((key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return placeCounts.get(key)! > 1 && n > 1 ? `${key}~${n}` : key;
  });
}

function counts(list: string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const item of list) result.set(item, (result.get(item) ?? 0) + 1);
  return result;
}
