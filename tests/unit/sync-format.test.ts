// The synced form of a bookmark: compact, versioned, checked on arrival, and faithful on the way back.
import { describe, expect, it } from 'vitest';
import { bookmarkKey, decodeBookmark, deviceKey, encodeBookmark, encodeTombstone, parseItem } from '../../lib/sync/format';
import { itemBytes } from '../../lib/sync/quota';
import { OUTREACH_ID, sampleIdea } from './helpers/ideas';
import { sampleBookmark } from './helpers/shortlist';

const T = Date.UTC(2025, 3, 1, 12);
const bookmark = sampleBookmark({ rank: 3, progress: 'contacted', note: 'Ask about ARM', updatedAt: new Date(T).toISOString() });
const ID = `${OUTREACH_ID}#pv-grant-table`;

describe('synced bookmark format', () => {
  it('encodes a bookmark with short keys and only the facts a shortlist shows', () => {
    expect(encodeBookmark(bookmark, T, 'dev1')).toEqual({
      v: 1,
      p: OUTREACH_ID,
      k: 'pv-grant-table',
      t: T,
      d: 'dev1',
      c: Date.UTC(2025, 2, 1, 9),
      r: 3,
      s: 'contacted',
      n: 'Ask about ARM',
      f: {
        t: 'PV grant table improvements',
        a: 'PV_grant_table',
        d: 'Medium',
        lv: ['medium', 'medium'],
        s: ['c', 'xen'],
        m: [['Jane Mentor', 'jane@example.org']],
        l: 'xen-devel',
      },
    });
  });

  it('an item of a typical bookmark takes a few hundred bytes', () => {
    const record = encodeBookmark(bookmark, T, 'dev1');
    expect(itemBytes(bookmarkKey(ID), record)).toBeLessThan(400);
  });

  it('leaves out an empty note and a missing difficulty, and shortens overlong facts but never the note', () => {
    const long = sampleBookmark({
      note: 'n'.repeat(9000),
      idea: sampleIdea({ title: 'T'.repeat(400), difficulty: { raw: null, min: null, max: null }, skills: { raw: null, tags: [] }, contacts: [], mailingList: null }),
      title: 'T'.repeat(400),
    });
    const record = encodeBookmark(long, T, 'dev1');
    expect(record.n).toHaveLength(9000);
    expect(record.f).toEqual({ t: 'T'.repeat(299) + '…', a: 'PV_grant_table' });
    expect(encodeBookmark({ ...bookmark, note: '' }, T, 'dev1')).not.toHaveProperty('n');
  });

  it('decodes back to the same shortlist fields; the local snapshot keeps what does not sync', () => {
    const record = encodeBookmark(bookmark, T, 'dev1');
    expect(decodeBookmark(record, bookmark)).toEqual({ ...bookmark, missingSince: null });
  });

  it('an idea new to this device is shown from the synced facts alone', () => {
    const record = encodeBookmark(bookmark, T, 'dev1');
    expect(decodeBookmark(record)).toEqual({
      id: ID,
      pageId: OUTREACH_ID,
      pageUrl: 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects',
      ideaKey: 'pv-grant-table',
      anchor: 'PV_grant_table',
      title: 'PV grant table improvements',
      idea: {
        key: 'pv-grant-table',
        anchor: 'PV_grant_table',
        title: 'PV grant table improvements',
        status: 'other',
        section: '',
        category: null,
        inserted: null,
        verified: null,
        gsoc: null,
        contacts: [{ name: 'Jane Mentor', email: 'jane@example.org' }],
        mailingList: 'xen-devel',
        irc: null,
        difficulty: { raw: 'Medium', min: 'medium', max: 'medium' },
        skills: { raw: null, tags: ['c', 'xen'] },
        description: null,
        outcomes: null,
        comments: [],
      },
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-04-01T12:00:00.000Z',
      rank: 3,
      progress: 'contacted',
      note: 'Ask about ARM',
      missingSince: null,
    });
  });
});

describe('parseItem (checked on arrival)', () => {
  const key = bookmarkKey(ID);

  it('reads bookmarks, tombstones and device records', () => {
    const record = encodeBookmark(bookmark, T, 'dev1');
    expect(parseItem(key, record)).toEqual({ kind: 'bookmark', key, id: ID, record });
    const tombstone = encodeTombstone({ pageId: OUTREACH_ID, ideaKey: 'pv-grant-table' }, T, 'dev1');
    expect(parseItem(key, tombstone)).toEqual({ kind: 'tombstone', key, id: ID, record: { v: 1, p: OUTREACH_ID, k: 'pv-grant-table', t: T, d: 'dev1', x: 1 } });
    expect(parseItem(deviceKey('dev2'), { v: 1, t: T, w: [key] })).toEqual({ kind: 'device', key: 'ddev2', device: 'dev2', record: { v: 1, t: T, w: [key] } });
  });

  it('a newer format is recognised and left alone, whatever else it holds', () => {
    expect(parseItem(key, { v: 2, anything: ['new'] })).toEqual({ kind: 'future', key, version: 2 });
    expect(parseItem('ddev2', { v: 3 })).toEqual({ kind: 'future', key: 'ddev2', version: 3 });
  });

  it('malformed items are ignored with the reason', () => {
    const record = encodeBookmark(bookmark, T, 'dev1');
    expect(parseItem(key, { ...record, s: 'hired' })).toEqual({ kind: 'invalid', key, reason: 'not a bookmark record of format 1' });
    expect(parseItem(key, { ...record, extra: 1 })).toEqual({ kind: 'invalid', key, reason: 'not a bookmark record of format 1' });
    expect(parseItem(key, 'text')).toEqual({ kind: 'invalid', key, reason: 'not a bookmark record of format 1' });
    expect(parseItem(key, { ...record, n: 'x'.repeat(20_001) })).toEqual({ kind: 'invalid', key, reason: 'not a bookmark record of format 1' });
    expect(parseItem('bzzz', record)).toEqual({ kind: 'invalid', key: 'bzzz', reason: `stored under the wrong key for ${ID}` });
    expect(parseItem('settings', { v: 1 })).toEqual({ kind: 'invalid', key: 'settings', reason: 'unknown key' });
    expect(parseItem('dBAD!', { v: 1, t: T, w: [] })).toEqual({ kind: 'invalid', key: 'dBAD!', reason: 'not a device record' });
  });

  it('keys are short, the same for the same id and different for others', () => {
    expect(key).toMatch(/^b[0-9a-z]{1,11}$/);
    expect(bookmarkKey(ID)).toBe(key);
    expect(bookmarkKey(`${OUTREACH_ID}#pv-grant-tablf`)).not.toBe(key);
  });
});
