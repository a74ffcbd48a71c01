// The "All ideas pages" tab of the dashboard: the view, with its data.
import { ProgramView } from '../components/program/ProgramView';
import { useProgram } from '../hooks/use-program';

export function ProgramTab() {
  const { copies, error, progress, report, update, bookmarked, setBookmarked } = useProgram();
  return (
    <ProgramView
      copies={copies}
      error={error}
      progress={progress}
      report={report}
      onUpdate={() => void update()}
      bookmarked={bookmarked}
      onBookmark={(pageId, idea, on) => void setBookmarked(pageId, idea, on)}
    />
  );
}
