// Instants as the records store them: ISO 8601 strings.

/** Whether ISO time `a` is later than `b`, compared as instants (strings of other lengths compare wrongly as text). */
export function isAfter(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}
