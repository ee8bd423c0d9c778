import { describe, expect, it, test } from 'vitest';
import { formatRatio, interleaved, machineLoad, median, ratioOf } from '../../../scripts/lib/bench-stats';

describe('median', () => {
  test.each([
    ['an odd count', [3, 1, 2], 2],
    ['an even count takes the upper middle', [4, 1, 3, 2], 3],
    ['one value', [7], 7],
    ['unsorted with repeats', [5, 5, 1, 9, 5], 5],
  ])('%s', (_, values, expected) => expect(median(values)).toBe(expected));

  it('is NaN for no values', () => expect(median([])).toBeNaN());

  it('leaves its input in order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratioOf and formatRatio', () => {
  test.each([
    [10, 4, 2.5, '×2.5'],
    [1, 3, 0.33, '×0.33'],
    [5, 0, null, '–'],
    [5, -1, null, '–'],
    [Number.NaN, 2, null, '–'],
    [5, Number.NaN, null, '–'],
  ])('%s over %s', (value, baseline, ratio, printed) => {
    expect(ratioOf(value, baseline)).toBe(ratio);
    expect(formatRatio(ratioOf(value, baseline))).toBe(printed);
  });
});

describe('machineLoad', () => {
  it('rounds the three averages', () => expect(machineLoad(() => [1.23456, 0.5, 2])).toEqual([1.23, 0.5, 2]));
  it('fills missing averages with zero', () => expect(machineLoad(() => [])).toEqual([0, 0, 0]));
});

describe('interleaved', () => {
  it('alternates the two runs', async () => {
    const order: string[] = [];
    const { a, b } = await interleaved(
      2,
      async () => (order.push('a'), 1),
      async () => (order.push('b'), 2),
    );
    expect(order).toEqual(['a', 'b', 'a', 'b']);
    expect(a).toEqual([1, 1]);
    expect(b).toEqual([2, 2]);
  });
});
