// Errors as people read them.
import type * as z from 'zod/mini';

/** The message of anything thrown or rejected: an Error's message, else the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Where in a value an issue is: `bookmarks[0].idea.title`. */
function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)), '');
}

/** The first few of a value's validation issues, each with where it is: "bookmarks[0].title: expected string". */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = issuePath(issue.path);
    return where ? `${where}: ${describeIssue(issue)}` : describeIssue(issue);
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

/** zod/mini ships no message texts (they would cost bundle size), so say it here for the issues we meet. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message; // a message the schema gave
  const unit = (origin: string) => (origin === 'string' ? 'characters' : 'items');
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map((key) => JSON.stringify(key.slice(0, 40))).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      return `must have at least ${issue.minimum} ${unit(issue.origin)}`;
    case 'too_big':
      return `must have at most ${issue.maximum} ${unit(issue.origin)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return `invalid (${issue.code})`;
  }
}
