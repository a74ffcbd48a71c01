import { describe, expect, it } from 'vitest';
import { parseDifficulty } from '../../lib/parse/difficulty';

describe('parseDifficulty: values from the page', () => {
  it.each([
    ['Medium', 'medium', 'medium'],
    ['medium', 'medium', 'medium'],
    ['High', 'hard', 'hard'],
    ['Easy', 'easy', 'easy'],
    ['Medium-High', 'medium', 'hard'],
  ] as const)('%s', (raw, min, max) => {
    const result = parseDifficulty(raw);
    expect(result.raw).toBe(raw);
    expect(result.min).toBe(min);
    expect(result.max).toBe(max);
  });

  it('reads the CPU/RAM/PCI tool range, parenthesis and all', () => {
    const raw = 'Moderate, to Extremely Difficult (depending on which area of the problem you choose to tackle)';
    expect(parseDifficulty(raw)).toEqual({ raw, min: 'medium', max: 'hard' });
  });

  it('"Unknown" names no level', () => {
    expect(parseDifficulty('Unknown')).toEqual({ raw: 'Unknown', min: null, max: null });
  });
});

describe('parseDifficulty: synonyms', () => {
  it.each(['Beginner', 'Easy', 'Simple', 'EASY', 'beginners'])('%s is easy', (raw) => {
    expect(parseDifficulty(raw)).toEqual({ raw, min: 'easy', max: 'easy' });
  });
  it.each(['Medium', 'Moderate', 'Intermediate', 'MODERATE'])('%s is medium', (raw) => {
    expect(parseDifficulty(raw)).toEqual({ raw, min: 'medium', max: 'medium' });
  });
  it.each(['High', 'Hard', 'Advanced', 'Difficult', 'Extremely Difficult', 'Expert', 'hard'])('%s is hard', (raw) => {
    expect(parseDifficulty(raw)).toEqual({ raw, min: 'hard', max: 'hard' });
  });
});

describe('parseDifficulty: ranges', () => {
  it.each([
    ['Easy-Medium', 'easy', 'medium'],
    ['Medium-High', 'medium', 'hard'],
    ['Easy to Medium', 'easy', 'medium'],
    ['Medium/Hard', 'medium', 'hard'],
    ['Easy - Hard', 'easy', 'hard'],
    ['Hard to Easy', 'easy', 'hard'],
    ['easy, medium or hard', 'easy', 'hard'],
    ['Medium (Hard for the stretch goals)', 'medium', 'hard'],
  ] as const)('%s gives %s..%s', (raw, min, max) => {
    expect(parseDifficulty(raw)).toEqual({ raw, min, max });
  });
});

describe('parseDifficulty: whole words only', () => {
  it('"Highly" is not "High" (and says nothing alone)', () => {
    expect(parseDifficulty('Highly variable')).toEqual({ raw: 'Highly variable', min: null, max: null });
  });
  it('"Highly difficult" is hard through "difficult"', () => {
    expect(parseDifficulty('Highly difficult')).toEqual({ raw: 'Highly difficult', min: 'hard', max: 'hard' });
  });
  it('"Simpler" and "Hardware" are not levels', () => {
    expect(parseDifficulty('Simpler than it looks').min).toBeNull();
    expect(parseDifficulty('Hardware needed').min).toBeNull();
  });
  it('"low-level" and "high-level" describe code, not difficulty', () => {
    expect(parseDifficulty('Hard (low-level programming)')).toMatchObject({ min: 'hard', max: 'hard' });
    expect(parseDifficulty('Easy (high-level code only)')).toMatchObject({ min: 'easy', max: 'easy' });
  });
  it('a negated level is not that level', () => {
    expect(parseDifficulty('Not too hard')).toMatchObject({ min: null, max: null });
    expect(parseDifficulty('Medium, not hard')).toMatchObject({ min: 'medium', max: 'medium' });
  });
});

describe('parseDifficulty: nothing known', () => {
  it.each(['Unknown', 'TBD', '?', 'N/A'])('%s gives no level, raw kept', (raw) => {
    expect(parseDifficulty(raw)).toEqual({ raw, min: null, max: null });
  });
  it.each([null, '', '   '])('%j gives raw null', (raw) => {
    expect(parseDifficulty(raw)).toEqual({ raw: null, min: null, max: null });
  });
  it('trims raw', () => {
    expect(parseDifficulty('  Medium \n')).toEqual({ raw: 'Medium', min: 'medium', max: 'medium' });
  });
  it('drops a repeated label', () => {
    expect(parseDifficulty('Difficulty: Easy')).toEqual({ raw: 'Easy', min: 'easy', max: 'easy' });
    expect(parseDifficulty('Difficulty:')).toEqual({ raw: null, min: null, max: null });
  });
});
