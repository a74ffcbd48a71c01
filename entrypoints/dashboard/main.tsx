// dashboard.html: the shortlist and drafts as a full page (`?view=print` gives the print view), and every ideas
// page of the wiki at once (`#program`).
import { render } from 'preact';
import { DashboardTabs } from '../../components/DashboardTabs';
import { PrintPage } from '../../containers/PrintPage';
import { ProgramTab } from '../../containers/ProgramTab';
import { ShortlistPage } from '../../containers/ShortlistPage';

const view = new URLSearchParams(location.search).get('view');
render(
  view === 'print' ? (
    <PrintPage />
  ) : (
    <DashboardTabs
      tabs={[
        { id: 'shortlist', label: 'Shortlist', render: () => <ShortlistPage layout="page" /> },
        { id: 'program', label: 'All ideas pages', render: () => <ProgramTab /> },
      ]}
    />
  ),
  document.getElementById('app')!,
);
