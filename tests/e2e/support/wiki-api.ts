// The wiki's api.php in the browser: requests from extension pages (and the service worker) to the real URL are
// answered by the stand-in of tests/support/wiki-api.ts, through context.route. A gate can hold action=parse
// answers, so a test sees the progress of an update before it finishes.
import type { BrowserContext } from '@playwright/test';
import type { WikiApiStandIn } from '../../support/wiki-api';
import { wikiOf } from './wiki';

export interface ApiRoute {
  /** Holds every action=parse answer until `release()` (the next update runs freely). */
  hold(): void;
  release(): void;
}

export async function serveApi(context: BrowserContext, api: WikiApiStandIn): Promise<ApiRoute> {
  await wikiOf(context); // its catch-all goes first: routes added later take precedence
  let gate: { promise: Promise<void>; open(): void } | null = null;
  await context.route(
    (url) => url.hostname === 'wiki.xenproject.org' && url.pathname === '/api.php',
    async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (gate && url.searchParams.get('action') === 'parse') await gate.promise;
      const answer = api.answer(request.url(), (await request.headerValue('api-user-agent')) ?? null);
      if (answer === 'network-error') return route.abort('connectionrefused');
      await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
    },
  );
  return {
    hold() {
      let open = () => {};
      const promise = new Promise<void>((resolve) => (open = resolve));
      gate = { promise, open };
    },
    release() {
      gate?.open();
      gate = null;
    },
  };
}
