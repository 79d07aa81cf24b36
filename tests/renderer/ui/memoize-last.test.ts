import { describe, expect, it } from 'vitest';
import { memoizeLast } from '../../../renderer/ui/memoize-last';

describe('memoizeLast', () => {
  const counted = () => {
    const calls: unknown[][] = [];
    const fn = memoizeLast((a: readonly number[], b: string) => {
      calls.push([a, b]);
      return { sum: a.reduce((x, y) => x + y, 0), b };
    });
    return { fn, calls };
  };

  it('gives the last result for the same arguments without calling again', () => {
    const { fn, calls } = counted();
    const list = [1, 2, 3];
    const first = fn(list, 'x');
    expect(fn(list, 'x')).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['an equal but different array', (list: number[]) => [[...list], 'x'] as const],
    ['another second argument', (list: number[]) => [list, 'y'] as const],
  ])('calls again for %s', (_name, next) => {
    const { fn, calls } = counted();
    const list = [1, 2, 3];
    const first = fn(list, 'x');
    const [a, b] = next(list);
    const second = fn(a, b);
    expect(second).not.toBe(first);
    expect(second).toEqual({ sum: 6, b });
    expect(calls).toHaveLength(2);
  });

  it('remembers only the last call', () => {
    const { fn, calls } = counted();
    const one = [1];
    const two = [2];
    fn(one, 'x');
    fn(two, 'x');
    fn(one, 'x');
    expect(calls).toHaveLength(3);
  });
});
