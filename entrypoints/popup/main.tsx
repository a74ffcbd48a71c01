// The toolbar popup: how many ideas are shortlisted, and the ways to open the shortlist.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { call } from '../../lib/rpc/client';
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
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('bookmarks.list').then(
      (list) => setCount(list.length),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  const openDashboard = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    close();
  };
  const canOpenPanel = Boolean((browser as unknown as SidebarApi).sidebarAction || browser.sidePanel);

  return (
    <main>
      <h1>Idea Scout</h1>
      <p>
        {count === null ? 'Reading your shortlist…' : count === 0 ? 'No ideas shortlisted yet.' : `${count} ${count === 1 ? 'idea' : 'ideas'} on your shortlist.`}
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
            if (!opened) return setError('The side panel is not available in this browser.');
            opened.then(() => close(), (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
          }}
        >
          Open in side panel
        </button>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
