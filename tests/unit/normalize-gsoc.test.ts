import { describe, expect, it } from 'vitest';
import { parseGsoc } from '../../lib/parse/gsoc';

describe('parseGsoc', () => {
  it.each([
    // values from the page
    ['Yes', true],
    ['yes', true],
    ['Unknown', null],
    // other spellings
    ['YES', true],
    ['y', true],
    ['Y', true],
    ['true', true],
    ['True', true],
    ['Yes (2014)', true],
    ['yes, 2013 and 2014', true],
    ['Yes.', true],
    ['  yes  ', true],
    ['No', false],
    ['no', false],
    ['NO', false],
    ['n', false],
    ['false', false],
    ['No (not suitable)', false],
    ['unknown', null],
    ['UNKNOWN', null],
    ['N/A', null],
    ['n/a', null],
    ['Not sure', null],
    ['Maybe', null],
    ['yesterday', null],
    ['nothing', null],
    ['TBD', null],
    ['', null],
    ['   ', null],
  ] as const)('%j -> %s', (raw, expected) => {
    expect(parseGsoc(raw)).toBe(expected);
  });

  it('null -> null', () => {
    expect(parseGsoc(null)).toBeNull();
  });
});
