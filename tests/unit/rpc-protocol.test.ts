// Validation on the receiving side: only known messages with exactly their fields get through.
import { describe, expect, it } from 'vitest';
import { MESSAGES, parseRequest } from '../../lib/rpc/protocol';
import { OUTREACH_ID, OUTREACH_URL, sampleIdea } from './helpers/ideas';

const validSet = { type: 'bookmarks.set', pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: sampleIdea(), bookmarked: true };

function errorOf(raw: unknown): string {
  const parsed = parseRequest(raw);
  if (parsed.ok) throw new Error(`expected a rejection, got ${JSON.stringify(parsed.request)}`);
  return parsed.error;
}

describe('parseRequest', () => {
  it('accepts each catalogue message and splits type from payload', () => {
    expect(parseRequest({ type: 'bookmarks.list' })).toEqual({ ok: true, request: { type: 'bookmarks.list', payload: {} } });
    expect(parseRequest({ type: 'bookmarks.list', pageId: OUTREACH_ID })).toEqual({
      ok: true,
      request: { type: 'bookmarks.list', payload: { pageId: OUTREACH_ID } },
    });
    expect(parseRequest({ type: 'bookmarks.get', pageId: OUTREACH_ID, ideaKey: 'k' }).ok).toBe(true);
    const set = parseRequest(validSet);
    expect(set.ok && set.request.payload).toEqual({ ...validSet, type: undefined });
  });

  it.each([
    ['an unknown type', { type: 'bookmarks.drop' }, 'Unknown message type "bookmarks.drop". Known: bookmarks.list, bookmarks.get, bookmarks.set, '],
    ['an inherited property name as type', { type: 'constructor' }, 'Unknown message type "constructor"'],
    ['__proto__ as type', { type: '__proto__' }, 'Unknown message type "__proto__"'],
    ['a missing type', { pageId: OUTREACH_ID }, 'Unknown message type undefined'],
    ['a non-string type', { type: 42 }, 'Unknown message type number'],
  ])('rejects %s', (_, raw, error) => {
    expect(errorOf(raw)).toContain(error);
  });

  it('rejects a payload holding a key that reaches a prototype, at any depth, and leaves prototypes alone', () => {
    // JSON.parse makes "__proto__" an own key, as a message arrives from another context.
    const wire = (payload: unknown): unknown => JSON.parse(JSON.stringify(validSet).replace('"idea":{', `"idea":{"__proto__":${JSON.stringify(payload)},`));
    expect(errorOf(wire({ isAdmin: true }))).toBe('Invalid "bookmarks.set" message: it contains a "__proto__" key (at idea).');
    expect(errorOf(JSON.parse('{"type":"bookmarks.list","__proto__":{"isAdmin":true}}'))).toBe(
      'Invalid "bookmarks.list" message: it contains a "__proto__" key (at the top level).',
    );
    const nested = { ...validSet, idea: { ...sampleIdea(), contacts: [{ name: 'A', email: null, constructor: { prototype: { isAdmin: true } } }] } };
    expect(errorOf(nested)).toBe('Invalid "bookmarks.set" message: it contains a "constructor" key (at idea.contacts[0]).');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('isAdmin');
  });

  it.each([null, undefined, 'bookmarks.list', 42, ['bookmarks.list']])('rejects the non-object %j', (raw) => {
    expect(errorOf(raw)).toBe('Invalid message: expected an object with a "type".');
  });

  it('rejects bad payloads, naming the message and the field', () => {
    expect(errorOf({ type: 'bookmarks.get', pageId: OUTREACH_ID })).toMatch(/^Invalid "bookmarks.get" message: ideaKey: /);
    expect(errorOf({ ...validSet, bookmarked: 'yes' })).toBe('Invalid "bookmarks.set" message: bookmarked: expected boolean');
    expect(errorOf({ ...validSet, idea: { ...sampleIdea(), title: 3 } })).toBe(
      'Invalid "bookmarks.set" message: idea.title: expected string',
    );
    expect(errorOf({ ...validSet, idea: { ...sampleIdea(), status: 'great' } })).toBe(
      'Invalid "bookmarks.set" message: idea.status: expected one of "peer-reviewed", "needs-work", "new", "other"',
    );
    expect(errorOf({ ...validSet, pageUrl: 'javascript:alert(1)' })).toBe(
      'Invalid "bookmarks.set" message: pageUrl: must be an http(s) URL',
    );
    expect(errorOf({ ...validSet, pageId: '' })).toBe('Invalid "bookmarks.set" message: pageId: must not be empty');
    expect(errorOf({ ...validSet, pageId: 'x'.repeat(513) })).toBe(
      'Invalid "bookmarks.set" message: pageId: must have at most 512 characters',
    );
  });

  it('caps the number of issues it lists', () => {
    expect(errorOf({ type: 'bookmarks.set' })).toMatch(/\(and 1 more\)$/);
  });

  it('rejects fields the message does not have', () => {
    expect(errorOf({ type: 'bookmarks.list', pageIdd: OUTREACH_ID })).toBe('Invalid "bookmarks.list" message: unknown field "pageIdd"');
  });

  it('declares a result schema for every message', () => {
    for (const entry of Object.values(MESSAGES)) expect(entry.result).toBeDefined();
  });
});
