import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetter, columnNumber } from '../../src/core/a1';

describe('column letters', () => {
  it('turn into numbers and back, in any case', () => {
    expect([columnNumber('A'), columnNumber('z'), columnNumber('AA'), columnNumber('XFD')]).toEqual([1, 26, 27, 16384]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 18_278 }), (n) => columnNumber(columnLetter(n)) === n));
  });
});
