// Opening the extension's own pages for a content script, which cannot open them itself (they are not
// web-accessible, on purpose). tabs.create needs no `tabs` permission.
import { browser } from 'wxt/browser';
import type { HandlersFor } from '../types';

export function dashboardHandlers(): HandlersFor<'dashboard.'> {
  return {
    'dashboard.open': async ({ ideaId }) => {
      const url = browser.runtime.getURL('/dashboard.html') + (ideaId ? `#idea=${encodeURIComponent(ideaId)}` : '');
      await browser.tabs.create({ url });
      return null;
    },
  };
}
