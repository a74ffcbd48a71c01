// The dashboard's views as tabs (WAI-ARIA tabs: arrow keys move between them). Each tab has an address,
// `dashboard.html#<id>`; the first tab is shown for any other address. A view is mounted when first shown and
// kept, so its state (a draft being typed, a search) survives switching.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import './dashboard-tabs.css';

export interface DashboardTab {
  id: string;
  label: string;
  render(): ComponentChildren;
}

function tabFromHash(tabs: readonly DashboardTab[]): string {
  const id = location.hash.slice(1);
  return tabs.some((tab) => tab.id === id) ? id : tabs[0].id;
}

export function DashboardTabs({ tabs }: { tabs: readonly DashboardTab[] }) {
  const [selected, setSelected] = useState(() => tabFromHash(tabs));
  const [mounted, setMounted] = useState<ReadonlySet<string>>(() => new Set([selected]));
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    const onHash = () => show(tabFromHash(tabs));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  function show(id: string) {
    setSelected(id);
    setMounted((current) => (current.has(id) ? current : new Set([...current, id])));
  }

  function choose(id: string, focus = false) {
    show(id);
    const first = id === tabs[0].id;
    // The first tab's own views keep their addresses (#idea=…); only switching to it drops another tab's.
    if (!first) history.replaceState(null, '', `#${id}`);
    else if (tabs.some((tab) => `#${tab.id}` === location.hash)) history.replaceState(null, '', location.pathname + location.search);
    if (focus) buttons.current[id]?.focus();
  }

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : step ? (index + step + tabs.length) % tabs.length : -1;
    if (to < 0) return;
    event.preventDefault();
    choose(tabs[to].id, true);
  };

  return (
    <>
      <nav class="dashboard-tabs" role="tablist" aria-label="Idea Scout views">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[tab.id] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => choose(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </nav>
      {tabs.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`} hidden={tab.id !== selected}>
          {mounted.has(tab.id) && tab.render()}
        </div>
      ))}
    </>
  );
}
