// Quota accounting: sizes as the browsers count them, writes fitted into what is left, the browsers' quota errors
// told apart, and the write rate kept.
import { describe, expect, it } from 'vitest';
import { CHROME_LIMITS, FIREFOX_LIMITS, fitWrites, itemBytes, quotaKindOf, WriteBudget } from '../../lib/sync/quota';

describe('itemBytes', () => {
  it('counts the key plus the JSON of the value, in UTF-8 bytes', () => {
    expect(itemBytes('b1', { n: 'abc' })).toBe(2 + '{"n":"abc"}'.length);
    expect(itemBytes('b1', 'é')).toBe(2 + 4); // "é" is 2 bytes between 2 quotes
  });
});

describe('fitWrites', () => {
  const small = { limits: { ...CHROME_LIMITS, quotaBytes: 100, quotaBytesPerItem: 40, maxItems: 3 } };

  it('writes everything that fits, and reports the size after', () => {
    const fitted = fitWrites({ a: 1 }, [['b', 'xx'], ['c', 2]], small.limits);
    expect(fitted).toEqual({ set: { b: 'xx', c: 2 }, refused: [], bytes: 2 + 5 + 2, items: 3 });
  });

  it('an item over the per-item limit is refused with its size; the rest still goes', () => {
    const fitted = fitWrites({}, [['big', 'x'.repeat(40)], ['ok', 1]], small.limits);
    expect(fitted).toEqual({ set: { ok: 1 }, refused: [{ key: 'big', reason: 'too-large', bytes: 3 + 42 }], bytes: 3, items: 1 });
  });

  it('when room runs out, earlier writes go first and later ones wait; a smaller later one still fits', () => {
    const current = { a: 'x'.repeat(35) }; // 38 bytes
    const fitted = fitWrites(current, [['b', 'y'.repeat(35)], ['c', 'z'.repeat(35)], ['d', 1]], small.limits);
    expect(fitted).toEqual({ set: { b: 'y'.repeat(35), d: 1 }, refused: [{ key: 'c', reason: 'no-room' }], bytes: 38 + 38 + 2, items: 3 });
  });

  it('the item count is a limit of its own', () => {
    const fitted = fitWrites({ a: 1, b: 1, c: 1 }, [['d', 1]], small.limits);
    expect(fitted.refused).toEqual([{ key: 'd', reason: 'no-room' }]);
  });

  it('replacing an item by a smaller one (a removal) goes through even when storage is full', () => {
    const full = { a: 'x'.repeat(30), b: 'x'.repeat(30), c: 'x'.repeat(30) }; // 99 bytes, 3 items
    const fitted = fitWrites(full, [['a', { x: 1 }], ['d', 1]], small.limits);
    expect(fitted).toEqual({ set: { a: { x: 1 } }, refused: [{ key: 'd', reason: 'no-room' }], bytes: 66 + 8, items: 3 });
  });
});

describe('quotaKindOf', () => {
  it("reads Chrome's messages, old and new, and Firefox's", () => {
    expect(quotaKindOf(new Error('Resource::kQuotaBytesPerItem quota exceeded'))).toBe('item');
    expect(quotaKindOf(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe('item');
    expect(quotaKindOf(new Error('Resource::kQuotaBytes quota exceeded'))).toBe('total');
    expect(quotaKindOf(new Error('QUOTA_BYTES quota exceeded'))).toBe('total');
    expect(quotaKindOf(new Error('MAX_ITEMS quota exceeded'))).toBe('items');
    expect(quotaKindOf(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'))).toBe('rate-minute');
    expect(quotaKindOf(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.'))).toBe('rate-hour');
    expect(quotaKindOf(new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.'))).toBe('quota');
    expect(quotaKindOf(new Error('Extension context invalidated.'))).toBeNull();
  });
});

describe('WriteBudget', () => {
  it('allows writes at once until the per-minute limit (less a reserve), then when the oldest leave the minute', () => {
    const budget = new WriteBudget({ writesPerMinute: 10, writesPerHour: 100 }, 2);
    for (let i = 0; i < 8; i++) budget.record(1_000 + i);
    expect(budget.allowedAt(2_000)).toBe(61_000); // the first write leaves the window at 1,000 + 60,000
    expect(budget.allowedAt(2_000, 2)).toBe(61_001);
    expect(budget.allowedAt(61_000)).toBe(61_000);
  });

  it('the hourly limit holds too', () => {
    const budget = new WriteBudget({ writesPerMinute: 1000, writesPerHour: 5 }, 0);
    for (let i = 0; i < 5; i++) budget.record(i * 60_000);
    expect(budget.allowedAt(300_000)).toBe(3_600_000);
  });

  it('Firefox has no write rate: never a wait', () => {
    const budget = new WriteBudget(FIREFOX_LIMITS);
    for (let i = 0; i < 500; i++) budget.record(1);
    expect(budget.allowedAt(2)).toBe(2);
  });
});
