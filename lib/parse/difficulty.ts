// "Difficulty" values are free text ("Medium-High", "Moderate, to Extremely Difficult (…)"):
// every level word found widens the range from the lowest to the highest.
import type { Level } from '../idea';
import { LEVELS } from '../levels';

export interface Difficulty {
  raw: string | null;
  min: Level | null;
  max: Level | null;
}

/**
 * Words that name a level. Whole words only: "Highly" is not "High" and "Simpler" is not "Simple"
 * (neither says how hard the project is), while "Medium-High" and "Medium/Hard" read as two words.
 * "low-level" / "high-level" describe code, not difficulty.
 */
const LEVEL_WORDS: { level: Level; pattern: RegExp }[] = [
  { level: 'easy', pattern: /\b(?:beginners?|easy|simple|low(?!-level)|basic|trivial)\b/i },
  { level: 'medium', pattern: /\b(?:medium|moderate|intermediate|average|mid)\b/i },
  { level: 'hard', pattern: /\b(?:high(?!-level)|hard|advanced|difficult|expert|challenging)\b/i },
];

/** "not too hard" does not say hard: negated words are dropped before matching. */
const NEGATED = /\bnot\s+(?:too\s+|very\s+|that\s+|overly\s+|so\s+)?\w+/gi;

/** The field label when the page repeats it inside the value. */
const LABEL = /^difficulty\s*:\s*/i;

export function parseDifficulty(raw: string | null): Difficulty {
  const text = (raw ?? '').trim().replace(LABEL, '').trim();
  if (!text) return { raw: null, min: null, max: null };
  // Parenthesised text counts too: when it holds no level word it adds nothing anyway.
  const affirmed = text.replace(NEGATED, ' ');
  const found = LEVELS.filter((level) =>
    LEVEL_WORDS.some((word) => word.level === level && word.pattern.test(affirmed)),
  );
  // "Unknown", "TBD", "?" name no level, so the range stays empty.
  return { raw: text, min: found[0] ?? null, max: found[found.length - 1] ?? null };
}
