// The shortlist in the browser's side panel (Chrome) or sidebar (Firefox: WXT maps this entrypoint to
// sidebar_action).
import { render } from 'preact';
import { ShortlistApp } from '../../components/shortlist/ShortlistApp';

render(<ShortlistApp layout="panel" />, document.getElementById('app')!);
