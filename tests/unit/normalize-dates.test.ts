import { describe, expect, it } from 'vitest';
import { findSignatureTimestamp, parseSignatureTimestamp, parseWikiDate } from '../../lib/parse/dates';

describe('parseWikiDate: values from the page', () => {
  it.each([
    // [raw, date, ambiguous]
    ['2/5/2014', '2014-02-05', true],
    ['01/22/2013', '2013-01-22', false],
    ['03/09/2014', '2014-03-09', true],
    ['01/20/2014', '2014-01-20', false],
    ['01/30/2014', '2014-01-30', false],
    ['02/04/2014', '2014-02-04', true],
    ['28/11/2013', '2013-11-28', false],
    ['25/02/2014', '2014-02-25', false],
    ['01/12/2012', '2012-01-12', true],
    ['15/11/2012', '2012-11-15', false],
    ['15/11/12', '2012-11-15', false],
    ['03/04/2014', '2014-03-04', true],
    ['07/01/2013', '2013-07-01', true],
    ['04/03/2014', '2014-04-03', true],
  ])('%s', (raw, date, ambiguous) => {
    const result = parseWikiDate(raw);
    expect(result.raw).toBe(raw);
    expect(result.date).toBe(date);
    expect(result.ambiguous).toBe(ambiguous);
  });

  it('keeps "Not updated in 2020" as text without a date', () => {
    expect(parseWikiDate('Not updated in 2020')).toEqual({ raw: 'Not updated in 2020', date: null, ambiguous: false });
  });
});

describe('parseWikiDate: day/month order', () => {
  it('a first part over 12 is the day (D/M/Y)', () => {
    expect(parseWikiDate('28/11/2013')).toEqual({ raw: '28/11/2013', date: '2013-11-28', ambiguous: false });
  });
  it('a second part over 12 is the day (M/D/Y)', () => {
    expect(parseWikiDate('11/28/2013')).toEqual({ raw: '11/28/2013', date: '2013-11-28', ambiguous: false });
  });
  it('both parts 12 or less: ambiguous, best guess M/D/Y', () => {
    expect(parseWikiDate('2/5/2014')).toEqual({ raw: '2/5/2014', date: '2014-02-05', ambiguous: true });
    expect(parseWikiDate('12/1/2014')).toEqual({ raw: '12/1/2014', date: '2014-12-01', ambiguous: true });
  });
  it('equal day and month read the same either way, so not ambiguous', () => {
    expect(parseWikiDate('05/05/2014')).toEqual({ raw: '05/05/2014', date: '2014-05-05', ambiguous: false });
  });
});

describe('parseWikiDate: forms and years', () => {
  it('two-digit years are 20xx', () => {
    expect(parseWikiDate('15/11/12').date).toBe('2012-11-15');
    expect(parseWikiDate('1/31/99').date).toBe('2099-01-31');
    expect(parseWikiDate('1/31/00').date).toBe('2000-01-31');
  });
  it('ISO dates pass through, not ambiguous', () => {
    expect(parseWikiDate('2014-02-05')).toEqual({ raw: '2014-02-05', date: '2014-02-05', ambiguous: false });
    expect(parseWikiDate('2014-2-5')).toEqual({ raw: '2014-2-5', date: '2014-02-05', ambiguous: false });
  });
  it('accepts "-" and "." separators', () => {
    expect(parseWikiDate('28-11-2013')).toEqual({ raw: '28-11-2013', date: '2013-11-28', ambiguous: false });
    expect(parseWikiDate('28.11.2013')).toEqual({ raw: '28.11.2013', date: '2013-11-28', ambiguous: false });
    expect(parseWikiDate('2.5.2014')).toEqual({ raw: '2.5.2014', date: '2014-02-05', ambiguous: true });
  });
  it('mixed separators are not a date', () => {
    expect(parseWikiDate('2/5-2014').date).toBeNull();
  });
  it('trims whitespace (raw too) and ignores surrounding punctuation', () => {
    expect(parseWikiDate('  01/22/2013 \n')).toEqual({ raw: '01/22/2013', date: '2013-01-22', ambiguous: false });
    expect(parseWikiDate('01/22/2013;')).toEqual({ raw: '01/22/2013;', date: '2013-01-22', ambiguous: false });
    expect(parseWikiDate('28/11/2013.')).toEqual({ raw: '28/11/2013.', date: '2013-11-28', ambiguous: false });
    expect(parseWikiDate('(2014-02-05),')).toEqual({ raw: '(2014-02-05),', date: '2014-02-05', ambiguous: false });
  });
  it('reads dates with month names', () => {
    expect(parseWikiDate('17 February 2014')).toEqual({ raw: '17 February 2014', date: '2014-02-17', ambiguous: false });
    expect(parseWikiDate('5 Feb 2014').date).toBe('2014-02-05');
    expect(parseWikiDate('Feb 5, 2014').date).toBe('2014-02-05');
    expect(parseWikiDate('Sept. 30, 2013').date).toBe('2013-09-30');
    expect(parseWikiDate('5 Fob 2014').date).toBeNull();
  });
});

describe('parseWikiDate: no date', () => {
  it.each(['Unknown', 'Not updated in 2020', 'TBD', 'soon', '2014', '1.2.3'])('%s', (raw) => {
    expect(parseWikiDate(raw)).toEqual({ raw, date: null, ambiguous: false });
  });
  it('empty and blank give an empty raw', () => {
    expect(parseWikiDate('')).toEqual({ raw: '', date: null, ambiguous: false });
    expect(parseWikiDate('   ')).toEqual({ raw: '', date: null, ambiguous: false });
  });
  it('raw text is trimmed', () => {
    expect(parseWikiDate('  Unknown ')).toEqual({ raw: 'Unknown', date: null, ambiguous: false });
  });
  it.each([
    ['31/31/2014'],
    ['2/30/2014'],
    ['30/2/2014'],
    ['0/5/2014'],
    ['5/0/2014'],
    ['13/13/2014'],
    ['2014-13-01'],
    ['2014-02-30'],
    ['2/29/2014'],
  ])('invalid calendar date %s gives null, not ambiguous', (raw) => {
    expect(parseWikiDate(raw)).toEqual({ raw, date: null, ambiguous: false });
  });
  it('29 February exists in leap years only', () => {
    expect(parseWikiDate('2/29/2012').date).toBe('2012-02-29');
    expect(parseWikiDate('29/2/2013').date).toBeNull();
  });
});

describe('parseSignatureTimestamp', () => {
  it('reads the signature on the 9P idea', () => {
    expect(parseSignatureTimestamp('Lars.kurth 15:24, 17 February 2014 (UTC): This project would benefit from links')).toBe(
      '2014-02-17T15:24:00Z',
    );
  });
  it('reads the other signatures of the page', () => {
    expect(parseSignatureTimestamp('Lars.kurth 14:14, 23 January 2013 (UTC): Should be suitable')).toBe('2013-01-23T14:14:00Z');
    expect(parseSignatureTimestamp('Lars.kurth 10:02, 3 March 2014 (UTC)')).toBe('2014-03-03T10:02:00Z');
  });
  it('accepts abbreviated months and a missing "(UTC)"', () => {
    expect(parseSignatureTimestamp('15:24, 17 Feb 2014 (UTC)')).toBe('2014-02-17T15:24:00Z');
    expect(parseSignatureTimestamp('15:24, 17 Feb 2014')).toBe('2014-02-17T15:24:00Z');
    expect(parseSignatureTimestamp('09:05, 1 sept 2013')).toBe('2013-09-01T09:05:00Z');
    expect(parseSignatureTimestamp('9:05, 1 Dec. 2013 (UTC)')).toBe('2013-12-01T09:05:00Z');
  });
  it('converts a named zone other than UTC', () => {
    expect(parseSignatureTimestamp('15:24, 17 February 2014 (CET)')).toBe('2014-02-17T14:24:00Z');
    expect(parseSignatureTimestamp('23:30, 31 December 2013 (EST)')).toBe('2014-01-01T04:30:00Z');
  });
  it('returns the first of several signatures', () => {
    expect(parseSignatureTimestamp('a 10:00, 1 March 2014 (UTC) b 11:00, 2 March 2014 (UTC)')).toBe('2014-03-01T10:00:00Z');
  });
  it('skips impossible timestamps and keeps looking', () => {
    expect(parseSignatureTimestamp('25:00, 1 March 2014 (UTC)')).toBeNull();
    expect(parseSignatureTimestamp('10:61, 1 March 2014')).toBeNull();
    expect(parseSignatureTimestamp('10:00, 30 February 2014 then 10:00, 1 March 2014')).toBe('2014-03-01T10:00:00Z');
    expect(parseSignatureTimestamp('10:00, 1 Smarch 2014')).toBeNull();
  });
  it('returns null without a signature', () => {
    expect(parseSignatureTimestamp('sdytlm Hi, I am interested to work on this project.')).toBeNull();
    expect(parseSignatureTimestamp('')).toBeNull();
    expect(parseSignatureTimestamp('17 February 2014')).toBeNull();
  });
});

describe('findSignatureTimestamp', () => {
  it('gives the position and length of the whole timestamp, zone included', () => {
    const text = 'Lars.kurth 15:24, 17 February 2014 (UTC): This project would benefit';
    const found = findSignatureTimestamp(text);
    expect(found).toEqual({ iso: '2014-02-17T15:24:00Z', index: 11, length: '15:24, 17 February 2014 (UTC)'.length });
    expect(text.slice(found!.index, found!.index + found!.length)).toBe('15:24, 17 February 2014 (UTC)');
  });
  it('length covers a timestamp without zone', () => {
    const text = 'x 15:24, 17 Feb 2014: text';
    const found = findSignatureTimestamp(text)!;
    expect(text.slice(found.index, found.index + found.length)).toBe('15:24, 17 Feb 2014');
  });
  it('finds the second timestamp when the first is impossible', () => {
    const text = '99:99, 1 March 2014 and 10:00, 2 March 2014 (UTC)';
    const found = findSignatureTimestamp(text)!;
    expect(found.iso).toBe('2014-03-02T10:00:00Z');
    expect(text.slice(found.index, found.index + found.length)).toBe('10:00, 2 March 2014 (UTC)');
  });
  it('returns null without a signature', () => {
    expect(findSignatureTimestamp('no date here')).toBeNull();
  });
});
