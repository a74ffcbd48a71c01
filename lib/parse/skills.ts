// "Skills Needed" is free text; it is kept as written and tagged with the curated vocabulary.
import { SKILL_VOCABULARY, type SkillTag } from './skill-vocabulary';

export interface Skills {
  raw: string | null;
  tags: string[];
}

/** Every tag, in vocabulary order (the order tags are reported in). */
export const SKILL_TAGS: string[] = SKILL_VOCABULARY.map((entry) => entry.tag);

/** The field label when the page repeats it inside the value: "Skills Needed: Good C…", "Skills: …". */
const LABEL = /^(?:(?:required\s+)?skills?(?:\s+(?:needed|required))?)\s*:\s*/i;

/** Values that say nothing is known yet. */
const UNKNOWN = /^(?:unknown|tbd|tba|n\/a|none|not\s+specified|\?+|-+)\.?$/i;

export function parseSkills(raw: string | null): Skills {
  const text = (raw ?? '').trim().replace(LABEL, '').trim();
  if (!text) return { raw: null, tags: [] };
  if (UNKNOWN.test(text)) return { raw: text, tags: [] };
  const candidates = entriesHinted(text);
  const tags = SKILL_VOCABULARY.filter((entry) => candidates.has(entry) && entry.patterns.some((p) => p.test(text))).map((e) => e.tag);
  return { raw: text, tags };
}

/** Every tag whose patterns occur, each entry tested: what the hints must never change (checked by a test). */
export function tagsByAllPatterns(text: string): string[] {
  return SKILL_VOCABULARY.filter((entry) => entry.patterns.some((p) => p.test(text))).map((e) => e.tag);
}

/** Word beginning → the entries it hints at. */
const HINTS = new Map<string, SkillTag[]>();
for (const entry of SKILL_VOCABULARY) for (const start of entry.words) HINTS.set(start, [...(HINTS.get(start) ?? []), entry]);
const LONGEST_HINT = Math.max(...[...HINTS.keys()].map((start) => start.length));

/** The entries whose hint words begin a word of `text`: the only ones whose patterns can match. */
function entriesHinted(text: string): Set<SkillTag> {
  const hinted = new Set<SkillTag>();
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
    for (let length = 1; length <= Math.min(word.length, LONGEST_HINT); length++) {
      for (const entry of HINTS.get(word.slice(0, length)) ?? []) hinted.add(entry);
    }
  }
  return hinted;
}
