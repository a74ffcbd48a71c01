// The "All ideas pages" tab of the dashboard: the view, with its data.
import { useCallback } from 'preact/hooks';
import { ProgramView } from '../components/program/ProgramView';
import { useProgram } from '../hooks/use-program';
import type { Idea } from '../lib/idea';

export function ProgramTab() {
  const { copies, error, progress, report, update, bookmarked, setBookmarked } = useProgram();
  // Stable callbacks: the view's heavy sections are rendered again only when their props change.
  const onUpdate = useCallback(() => void update(), [update]);
  const onBookmark = useCallback((pageId: string, idea: Idea, on: boolean) => void setBookmarked(pageId, idea, on), [setBookmarked]);
  return <ProgramView copies={copies} error={error} progress={progress} report={report} onUpdate={onUpdate} bookmarked={bookmarked} onBookmark={onBookmark} />;
}
