// The toolbar popup: how many ideas are shortlisted, and the ways to open the shortlist.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useRpcQuery } from '../../hooks/rpc';
import { errorMessage } from '../../lib/errors';
import { plural } from '../../lib/text';
import './popup.css';

type SidebarApi = { sidebarAction?: { open(): Promise<void> } };

// Read before any click: the side panel must be opened in the click's own task (a user gesture).
let windowId: number | undefined;
void browser.windows?.getCurrent().then((w) => (windowId = w.id));

function openSidePanel(): Promise<void> | undefined {
  const firefox = (browser as unknown as SidebarApi).sidebarAction;
  if (firefox) return firefox.open();
  if (browser.sidePanel && windowId !== undefined) return browser.sidePanel.open({ windowId });
  return undefined;
}

function Popup() {
  const bookmarks = useRpcQuery('bookmarks.list', {}, ['bookmarks']);
  const count = bookmarks.data?.length ?? null;
  const [openError, setOpenError] = useState<string | null>(null);
  const error = openError ?? bookmarks.error;

  const openDashboard = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    close();
  };
  const canOpenPanel = Boolean((browser as unknown as SidebarApi).sidebarAction || browser.sidePanel);

  return (
    <main>
      <h1>Idea Scout</h1>
      <p>
        {count === null ? 'Reading your shortlist…' : count === 0 ? 'No ideas shortlisted yet.' : `${plural(count, 'idea')} on your shortlist.`}
      </p>
      {error && <p role="alert">{error}</p>}
      <button type="button" onClick={() => void openDashboard()}>
        Open shortlist
      </button>
      {canOpenPanel && (
        <button
          type="button"
          onClick={() => {
            const opened = openSidePanel();
            if (!opened) return setOpenError('The side panel is not available in this browser.');
            opened.then(() => close(), (e: unknown) => setOpenError(errorMessage(e)));
          }}
        >
          Open in side panel
        </button>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
