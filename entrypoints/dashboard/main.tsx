// dashboard.html: the shortlist and drafts as a full page (`?view=print` gives the print view).
import { render } from 'preact';
import { PrintView } from '../../components/shortlist/PrintView';
import { ShortlistApp } from '../../components/shortlist/ShortlistApp';

const view = new URLSearchParams(location.search).get('view');
render(view === 'print' ? <PrintView /> : <ShortlistApp layout="page" />, document.getElementById('app')!);
