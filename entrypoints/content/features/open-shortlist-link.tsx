// "Open shortlist" in the in-page panel: the background opens the dashboard (a content script cannot open
// extension pages that are not web-accessible, and ours are not).
import { useState } from 'preact/hooks';
import { errorMessage } from '../../../lib/errors';
import { call } from '../../../lib/rpc/client';
import type { Feature } from '../page';

function OpenShortlistLink() {
  const [error, setError] = useState<string | null>(null);
  const open = () => {
    setError(null);
    call('dashboard.open', {}).catch((e: unknown) => setError(errorMessage(e)));
  };
  return (
    <div class="open-shortlist">
      <button type="button" onClick={open}>
        Open shortlist
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

export const openShortlistLink: Feature = {
  name: 'Open shortlist link',
  init(page) {
    page.addPanelSection({ id: 'open-shortlist', order: 900, Component: OpenShortlistLink });
  },
};
