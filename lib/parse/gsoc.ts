// The "GSoC:" flag: whether the idea suits Google Summer of Code.

const YES = /^(?:yes|y|true)(?![\w/])/i;
const NO = /^(?:no|n|false)(?![\w/])/i;

/** true / false for yes / no words (also "Yes (2014)"); null for "Unknown", "N/A" and anything else. */
export function parseGsoc(raw: string | null): boolean | null {
  const text = (raw ?? '').trim();
  if (YES.test(text)) return true;
  if (NO.test(text)) return false;
  return null;
}
