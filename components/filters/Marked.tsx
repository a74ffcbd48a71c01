// Text with the words the search matched wrapped in <mark>. Text nodes only: page text is never HTML.
import { markRanges } from '../../lib/search';

export function Marked({ text, words }: { text: string; words: ReadonlySet<string> }) {
  const ranges = markRanges(text, words);
  if (!ranges.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
