// The shortlist laid out for paper (dashboard.html?view=print).
import { PrintView } from '../components/shortlist/PrintView';
import { useBookmarks } from '../hooks/use-shortlist';

export function PrintPage() {
  const bookmarks = useBookmarks();
  return <PrintView bookmarks={bookmarks.data} error={bookmarks.error} />;
}
