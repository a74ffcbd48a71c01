// dashboard.html: the shortlist and drafts as a full page (`?view=print` gives the print view), and every ideas
// page of the wiki at once (`#program`).
import { render } from 'preact';
import { DashboardTabs } from '../../components/DashboardTabs';
import { ProgramTab } from '../../components/program/ProgramTab';
import { PrintView } from '../../components/shortlist/PrintView';
import { ShortlistApp } from '../../components/shortlist/ShortlistApp';

const view = new URLSearchParams(location.search).get('view');
render(
  view === 'print' ? (
    <PrintView />
  ) : (
    <DashboardTabs
      tabs={[
        { id: 'shortlist', label: 'Shortlist', render: () => <ShortlistApp layout="page" /> },
        { id: 'program', label: 'All ideas pages', render: () => <ProgramTab /> },
      ]}
    />
  ),
  document.getElementById('app')!,
);
