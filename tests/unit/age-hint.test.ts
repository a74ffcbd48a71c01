// The age hint at each idea's heading.
import { describe, expect, it } from 'vitest';
import { ageHint } from '../../lib/age-hint';

const date = (raw: string, iso: string | null = null) => ({ raw, date: iso, ambiguous: false });

describe('ageHint', () => {
  it('says when an idea was added and that it was not checked since', () => {
    expect(ageHint({ inserted: date('2/5/2014', '2014-02-05'), verified: date('Not updated in 2020') })).toBe(
      'added 2014 · not verified since 2020',
    );
  });

  it('uses a verified date, the year as written, or says so when never verified', () => {
    expect(ageHint({ inserted: date('15/11/12', '2012-11-15'), verified: date('3/3/2021', '2021-03-03') })).toBe('added 2012 · verified 2021');
    expect(ageHint({ inserted: date('sometime in 2019'), verified: date('never') })).toBe('added 2019 · never verified');
    expect(ageHint({ inserted: null, verified: date('Checked 2023') })).toBe('verified 2023');
  });

  it('says nothing when the page gives nothing readable', () => {
    expect(ageHint({ inserted: null, verified: null })).toBeNull();
    expect(ageHint({ inserted: date('unknown'), verified: null })).toBeNull();
  });
});
