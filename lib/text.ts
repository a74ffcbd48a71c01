// Words as the views and exports write them.

/** "1 idea", "3 ideas". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Escape what Markdown would read as markup inside a line of text: titles, notes and wiki text come from people. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^([#+=-])/gm, '\\$1') // a heading, list item or underline at the start of a line
    .replace(/^(\d+)([.)])/gm, '$1\\$2'); // "1." starts an ordered list; "1\." does not
}
