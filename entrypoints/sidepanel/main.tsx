// The shortlist in the browser's side panel (Chrome) or sidebar (Firefox: WXT maps this entrypoint to
// sidebar_action).
import { render } from 'preact';
import { ShortlistPage } from '../../containers/ShortlistPage';

render(<ShortlistPage layout="panel" />, document.getElementById('app')!);
