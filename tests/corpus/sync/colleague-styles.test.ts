import { describe, expect, it } from 'vitest';
import { assignColleagueStyles, colleagueHighlightName, COLLEAGUE_STYLES, styleHash } from '../../../corpus/sync/colleague-styles';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `member-${i}-${'x'.repeat(i % 3)}`);

describe('colleagues’ highlight styles', () => {
  it('are line styles that differ without colour', () => {
    expect(COLLEAGUE_STYLES).toEqual(['dashed', 'dotted', 'double', 'wavy', 'solid', 'overline']);
    expect(colleagueHighlightName(3)).toBe('pizhu-team-3');
  });

  it('give up to six colleagues six different styles', () => {
    for (let n = 1; n <= COLLEAGUE_STYLES.length; n++) {
      const styles = assignColleagueStyles(ids(n));
      expect(styles.size).toBe(n);
      expect(new Set(styles.values()).size).toBe(n);
      for (const s of styles.values()) expect(s >= 0 && s < COLLEAGUE_STYLES.length).toBe(true);
    }
  });

  it('follow the author id, not the order people are met in (every device and article agrees)', () => {
    const people = ids(5);
    const forward = assignColleagueStyles(people);
    const backward = assignColleagueStyles([...people].reverse());
    const twice = assignColleagueStyles([...people, ...people]);
    expect([...backward].sort()).toEqual([...forward].sort());
    expect([...twice].sort()).toEqual([...forward].sort());
  });

  it('keep a lone colleague on the style of their id, and keep the others’ when someone joins without a clash', () => {
    const [a, b] = ['kq3Vn0aZ1xYbT8uE', 'P0mLw7Qe2RtYu9Io'];
    const alone = assignColleagueStyles([a!]);
    expect(alone.get(a!)).toBe(styleHash(a!) % COLLEAGUE_STYLES.length);
    const both = assignColleagueStyles([a!, b!]);
    if (styleHash(a!) % 6 !== styleHash(b!) % 6) {
      expect(both.get(a!)).toBe(alone.get(a!));
      expect(both.get(b!)).toBe(styleHash(b!) % 6);
    }
  });

  it('resolve a clash deterministically: the id that sorts first keeps the style, the other takes the next free one', () => {
    // Find two ids with the same preferred style.
    const pool = ids(40);
    const first = pool[0]!;
    const clash = pool.find((id) => id !== first && styleHash(id) % 6 === styleHash(first) % 6)!;
    expect(clash).toBeDefined();
    const [low, high] = [first, clash].sort();
    const styles = assignColleagueStyles([high!, low!]);
    expect(styles.get(low!)).toBe(styleHash(low!) % 6);
    expect(styles.get(high!)).toBe(((styleHash(high!) % 6) + 1) % 6);
  });

  it('repeat only past six people (the initials still tell them apart)', () => {
    const styles = assignColleagueStyles(ids(9));
    expect(new Set(styles.values()).size).toBe(6);
  });

  it('hash the same everywhere (FNV-1a)', () => {
    expect(styleHash('')).toBe(0x811c9dc5);
    expect(styleHash('a')).toBe(0xe40c292c);
  });
});
