// "Skills Needed" is free text; it is kept as written and tagged with the curated vocabulary.
import { SKILL_VOCABULARY } from './skill-vocabulary';

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
  const tags = SKILL_VOCABULARY.filter((entry) => entry.patterns.some((p) => p.test(text))).map((e) => e.tag);
  return { raw: text, tags };
}
