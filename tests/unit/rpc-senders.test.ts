// Who may send what: every message of the catalogue against every kind of sender, then refusals through the
// router, which answer with a sentence and change nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { takeSnapshot } from '../../lib/snapshot';
import { MESSAGES, parseRequest, type MessageType } from '../../lib/rpc/protocol';
import { refusal, senderKind } from '../../lib/rpc/senders';
import { startBackground } from './helpers/background';
import { OUTREACH_ID, OUTREACH_URL, sampleIdea } from './helpers/ideas';
import { contentScriptSender, extensionPageSender } from './helpers/messaging';

const EXTENSION_BASE = `chrome-extension://${fakeBrowser.runtime.id}/`;
const SNAPSHOT = takeSnapshot({ page: { title: 'Outreach Program Projects', url: OUTREACH_URL }, ideas: [sampleIdea()] });
const DRAFT_ID = `${OUTREACH_ID}#pv-grant-table`;
const AT = '2026-01-01T00:00:00.000Z';

/** A valid message of each type, about the Outreach page where it names one. */
const EXAMPLES: { [T in MessageType]: Record<string, unknown> } = {
  'bookmarks.list': { pageId: OUTREACH_ID },
  'bookmarks.get': { pageId: OUTREACH_ID, ideaKey: 'pv-grant-table' },
  'bookmarks.set': { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: sampleIdea(), bookmarked: true },
  'shortlist.reorder': { ids: [DRAFT_ID] },
  'shortlist.update': { id: DRAFT_ID, note: 'Ask about the test suite' },
  'shortlist.undoRename': { id: DRAFT_ID },
  'shortlist.pickRename': { id: DRAFT_ID, ideaKey: null },
  'drafts.list': {},
  'drafts.get': { id: DRAFT_ID },
  'drafts.save': { pageId: OUTREACH_ID, ideaKey: 'pv-grant-table', title: 'PV', text: 'Hello', subjectTag: '', editedAt: AT, session: 's' },
  'drafts.versions': { id: DRAFT_ID },
  'drafts.restore': { id: DRAFT_ID, versionId: 'v1', editedAt: AT },
  'data.export': {},
  'data.import': { bookmarks: [], drafts: [], draftVersions: [] },
  'pageAdvice.get': { pageId: OUTREACH_ID },
  'pageAdvice.set': { pageId: OUTREACH_ID, subjectTag: 'OPW 2014' },
  'dashboard.open': {},
  'visits.record': { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, snapshot: SNAPSHOT },
  'visits.markSeen': { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, snapshot: SNAPSHOT },
  'snapshots.latest': {},
  'program.pages': {},
  'program.save': {
    copy: { pageid: 7, title: 'Outreach Program Projects', revid: 1, revisedAt: AT, readAt: AT, checkedAt: AT, parser: 'p', ideas: [], warnings: [], error: null },
  },
  'program.checked': { pages: [{ pageid: 7, title: 'Outreach Program Projects' }], at: AT },
  'program.remove': { pageids: [7] },
  'sync.status': {},
  'sync.setEnabled': { enabled: false },
  'storage.usage': {},
  'storage.clearCache': {},
};

const wikiTab = (url: string) => contentScriptSender(7, url);
const SENDERS = {
  dashboard: extensionPageSender('dashboard.html'),
  'side panel': { id: fakeBrowser.runtime.id, url: `${EXTENSION_BASE}sidepanel.html` },
  'the page itself': wikiTab(OUTREACH_URL),
  'the page on wiki.xen.org': wikiTab('https://wiki.xen.org/index.php?title=Outreach_Program_Projects'),
  'another wiki page': wikiTab('https://wiki.xenproject.org/wiki/GSoC_2015'),
  'an old revision of the page': wikiTab(`${OUTREACH_URL.replace('/wiki/', '/index.php?title=')}&oldid=12345`),
  'a diff of the page': wikiTab(`${OUTREACH_URL}?diff=12346&oldid=12345`),
  'the page in an edit preview': wikiTab(`${OUTREACH_URL.replace('/wiki/', '/index.php?title=')}&action=submit`),
  'the page over http': wikiTab(OUTREACH_URL.replace('https:', 'http:')),
  'another site': wikiTab('https://example.org/wiki/Outreach_Program_Projects'),
  'no tab and no URL': { id: fakeBrowser.runtime.id },
} satisfies Record<string, Browser.runtime.MessageSender>;
type SenderName = keyof typeof SENDERS;

const PAGES: SenderName[] = ['dashboard', 'side panel'];
const OWN_PAGE_NOW: SenderName[] = ['the page itself', 'the page on wiki.xen.org'];
const OWN_PAGE_ANY_VIEW: SenderName[] = [...OWN_PAGE_NOW, 'an old revision of the page', 'a diff of the page', 'the page in an edit preview'];

/** Written by hand from the issue: who may send each message (everyone else is refused). */
const ALLOWED: Record<MessageType, SenderName[]> = {
  'bookmarks.list': [...PAGES, ...OWN_PAGE_ANY_VIEW],
  'bookmarks.get': [...PAGES, ...OWN_PAGE_ANY_VIEW],
  'bookmarks.set': [...PAGES, ...OWN_PAGE_NOW],
  'shortlist.reorder': PAGES,
  'shortlist.update': PAGES,
  'shortlist.undoRename': PAGES,
  'shortlist.pickRename': PAGES,
  'drafts.list': PAGES,
  'drafts.get': PAGES,
  'drafts.save': PAGES,
  'drafts.versions': PAGES,
  'drafts.restore': PAGES,
  'data.export': PAGES,
  'data.import': PAGES,
  'pageAdvice.get': PAGES,
  'pageAdvice.set': OWN_PAGE_NOW,
  // Opening the shortlist names no page: any wiki page's panel may, from any view.
  'dashboard.open': [...PAGES, ...OWN_PAGE_ANY_VIEW, 'another wiki page'],
  'visits.record': OWN_PAGE_NOW,
  'visits.markSeen': OWN_PAGE_NOW,
  'snapshots.latest': PAGES,
  'program.pages': PAGES,
  'program.save': PAGES,
  'program.checked': PAGES,
  'program.remove': PAGES,
  'sync.status': PAGES,
  'sync.setEnabled': PAGES,
  'storage.usage': PAGES,
  'storage.clearCache': PAGES,
};

function decide(type: MessageType, sender: Browser.runtime.MessageSender, payload = EXAMPLES[type]): string | null {
  const parsed = parseRequest({ type, ...payload });
  if (!parsed.ok) throw new Error(`example of ${type} is invalid: ${parsed.error}`);
  return refusal(type, MESSAGES[type].senders, sender, parsed.request.payload, EXTENSION_BASE);
}

describe('sender kinds', () => {
  it('tells extension pages from wiki pages, and neither from anything else', () => {
    const kinds = Object.fromEntries(Object.entries(SENDERS).map(([name, sender]) => [name, senderKind(sender, EXTENSION_BASE)]));
    expect(kinds).toEqual({
      dashboard: 'extension-pages',
      'side panel': 'extension-pages',
      'the page itself': 'wiki-page',
      'the page on wiki.xen.org': 'wiki-page',
      'another wiki page': 'wiki-page',
      'an old revision of the page': 'wiki-page',
      'a diff of the page': 'wiki-page',
      'the page in an edit preview': 'wiki-page',
      'the page over http': null,
      'another site': null,
      'no tab and no URL': null,
    });
  });
});

describe.each(Object.keys(MESSAGES) as MessageType[])('%s', (type) => {
  it('declares who may send it', () => {
    expect(MESSAGES[type].senders.from?.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(SENDERS) as SenderName[])('from %s', (name) => {
    const verdict = decide(type, SENDERS[name]);
    if (ALLOWED[type].includes(name)) expect(verdict).toBeNull();
    else expect(verdict).toMatch(/^Message refused: /);
  });
});

describe('the refusals say why', () => {
  it('names who may send the message', () => {
    expect(decide('data.export', SENDERS['the page itself'])).toBe(
      'Message refused: "data.export" may be sent by Idea Scout\'s own pages, not by a wiki page.',
    );
    expect(decide('visits.record', SENDERS.dashboard)).toBe(
      'Message refused: "visits.record" may be sent by a wiki page (about itself), not by Idea Scout\'s own pages.',
    );
    expect(decide('bookmarks.set', SENDERS['another site'])).toBe(
      'Message refused: "bookmarks.set" may be sent by Idea Scout\'s own pages and a wiki page (about itself), not by this sender.',
    );
  });

  it('keeps a wiki page to its own page, also where the page is optional', () => {
    expect(decide('bookmarks.set', SENDERS['another wiki page'])).toBe(
      'Message refused: a wiki page may ask "bookmarks.set" only about itself (GSoC_2015), not about Outreach_Program_Projects.',
    );
    expect(decide('bookmarks.list', SENDERS['the page itself'], {})).toBe(
      'Message refused: a wiki page may ask "bookmarks.list" only about itself (Outreach_Program_Projects), not about every page.',
    );
    expect(decide('bookmarks.list', SENDERS.dashboard, {})).toBeNull();
  });

  it('keeps views of other revisions from writing', () => {
    expect(decide('bookmarks.set', SENDERS['a diff of the page'])).toBe(
      'Message refused: "bookmarks.set" changes stored data, and this view (an old revision, a diff or an edit) is not the page as it is now.',
    );
  });

  it('refuses a message that declares no sender', () => {
    const rule = { pageScoped: false };
    expect(refusal('new.message', rule, SENDERS.dashboard, {}, EXTENSION_BASE)).toBe(
      'Message refused: "new.message" may be sent by nobody (the message declares no sender), not by Idea Scout\'s own pages.',
    );
  });
});

describe('through the router', () => {
  let background: ReturnType<typeof startBackground>;
  beforeEach(() => {
    fakeBrowser.reset();
    background = startBackground();
  });
  afterEach(async () => {
    await background.close();
    vi.restoreAllMocks();
  });

  it('a wiki page cannot export, import or save drafts, and nothing changes', async () => {
    const page = SENDERS['the page itself'];
    await background.route({ type: 'bookmarks.set', ...EXAMPLES['bookmarks.set'] }, page);
    const before = await background.route({ type: 'data.export' }, SENDERS.dashboard);
    expect(before).toMatchObject({ ok: true, value: { bookmarks: [{ id: DRAFT_ID }] } });

    expect(await background.route({ type: 'data.export' }, page)).toEqual({
      ok: false,
      error: 'Message refused: "data.export" may be sent by Idea Scout\'s own pages, not by a wiki page.',
    });
    const imported = { type: 'data.import', ...EXAMPLES['data.import'], bookmarks: [] };
    expect((await background.route(imported, page)).ok).toBe(false);
    expect((await background.route({ type: 'drafts.save', ...EXAMPLES['drafts.save'] }, page)).ok).toBe(false);
    expect((await background.route({ type: 'shortlist.update', ...EXAMPLES['shortlist.update'] }, page)).ok).toBe(false);
    const unbookmark = { type: 'bookmarks.set', ...EXAMPLES['bookmarks.set'], bookmarked: false };
    expect((await background.route(unbookmark, SENDERS['an old revision of the page'])).ok).toBe(false);
    expect((await background.route(unbookmark, SENDERS['another wiki page'])).ok).toBe(false);

    expect(await background.route({ type: 'data.export' }, SENDERS.dashboard)).toEqual(before);
    expect(await background.db.snapshots.count()).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('changes:drafts');
  });
});
