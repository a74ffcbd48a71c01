// Shared steps of the shortlist and drafts specs: the fixture's ideas, opening extension pages, seeding data
// through the same RPC the pages use, and reading everything back for comparisons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { JSDOM } from 'jsdom';
import type { Bookmark } from '../../lib/bookmark';
import type { DataSet } from '../../lib/export/json';
import type { Idea } from '../../lib/idea';
import { parsePage } from '../../lib/parse/index';
import { FIXTURES_DIR, OUTREACH_URL } from './support';

export const OUTREACH_ID = 'Outreach_Program_Projects';

/** The 18 ideas of the 2014 page, as the content script parses them. */
export function fixtureIdeas(): Idea[] {
  const html = readFileSync(join(FIXTURES_DIR, 'outreach-vector-mw1.31.html'), 'utf8');
  return parsePage(new JSDOM(html, { url: OUTREACH_URL }).window.document, OUTREACH_URL).ideas;
}

export const IDEAS = fixtureIdeas();
export const ideaTitled = (start: string): Idea => IDEAS.find((idea) => idea.title.startsWith(start))!;
export const OVMF = ideaTitled('OVMF');
export const CPUID = ideaTitled('CPUID');
export const MIRAGE_FUZZ = ideaTitled('Fuzz testing');

export async function openExtensionPage(context: BrowserContext, extensionId: string, path = 'dashboard.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** The extension API as seen in an extension page (the e2e tsconfig has no `chrome` types). */
type PageRuntime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
declare const chrome: PageRuntime;

/** Send messages to the background from an extension page, as its views do; throws the background's error. */
export async function rpc<T = unknown>(page: Page, message: Record<string, unknown>): Promise<T> {
  return page.evaluate(async (m) => {
    const reply = (await chrome.runtime.sendMessage(m)) as { ok: boolean; value?: unknown; error?: string };
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    return reply.value;
  }, message) as Promise<T>;
}

/** Bookmark ideas of the 2014 page in this order (as the in-page button would). */
export async function bookmarkThroughRpc(page: Page, ideas: Idea[]): Promise<Bookmark[]> {
  const saved: Bookmark[] = [];
  for (const idea of ideas) {
    saved.push(await rpc<Bookmark>(page, { type: 'bookmarks.set', pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea, bookmarked: true }));
  }
  return saved;
}

export const everything = (page: Page) => rpc<DataSet>(page, { type: 'data.export' });

/** The titles of the shortlist as shown, in order. */
export async function shownTitles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Shortlist' }).getByRole('heading', { level: 3 }).allTextContents();
}

/** One idea's card on the shortlist. */
export function card(page: Page, title: string) {
  return page.getByRole('list', { name: 'Shortlist' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

export const STORAGE_FULL_REPLY =
  'Browser storage is full, so Idea Scout could not save this. Free some disk space (or delete old Idea Scout data) and try again.';

/**
 * Make this page's draft saves fail as the background answers when the disk is full ('full'), vanish on the
 * way as when the page dies mid-send ('lost'), or go through again ('pass'). Other messages are untouched.
 */
export async function draftSaves(page: Page, mode: 'full' | 'lost' | 'pass'): Promise<void> {
  await page.evaluate(
    ({ mode, error }) => {
      const w = window as unknown as { saveMode?: string };
      if (w.saveMode === undefined) {
        const send = chrome.runtime.sendMessage.bind(chrome.runtime);
        chrome.runtime.sendMessage = (message: unknown) => {
          if ((message as { type?: string })?.type !== 'drafts.save' || w.saveMode === 'pass') return send(message);
          return w.saveMode === 'full' ? Promise.resolve({ ok: false, error }) : new Promise(() => {});
        };
      }
      w.saveMode = mode;
    },
    { mode, error: STORAGE_FULL_REPLY },
  );
}
