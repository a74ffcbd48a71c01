// Whether an article uses the ideas template at all, decided before any parsing. The content script runs this on
// every wiki page view, so it imports only the label and content-root lookups, not the parser.
import { fieldOfLabel } from './fields';
import { contentRoot } from './headings';
import type { FieldName } from './wiki-markup';

/** An idea has at least this many of the template's fields. */
export const MIN_FIELDS = 2;

/** Looks only at elements that can carry a field label, so other wiki pages cost next to nothing. */
export function looksLikeIdeasPage(doc: Document): boolean {
  const labels = new Set<FieldName>();
  const root = contentRoot(doc);
  // Tag by tag, through live collections: they are walked only as far as needed, where querySelectorAll would
  // first list every match (thousands on a long page; the first idea is enough).
  for (const tag of ['th', 'dt', 'b', 'strong']) {
    for (const el of root.getElementsByTagName(tag)) {
      const text = el.textContent ?? '';
      if (text.length > 40) continue;
      const field = fieldOfLabel(text);
      if (field && field !== 'meta') labels.add(field);
      if (labels.size >= MIN_FIELDS) return true;
    }
  }
  // Renderings without label elements: the meta line is distinctive enough.
  return /Date of insert\s*:/i.test(root.textContent ?? '');
}
