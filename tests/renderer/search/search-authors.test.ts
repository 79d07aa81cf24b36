import { describe, expect, it } from 'vitest';
import { keepsAuthor, ME_AUTHOR } from '../../../renderer/features/search/search-service';

describe('search: author filter on note hits', () => {
  const li = { authorId: 'u-li' };
  it('everyone by default, only mine with 我, only one colleague by id', () => {
    expect(keepsAuthor('', undefined)).toBe(true);
    expect(keepsAuthor('', li)).toBe(true);
    expect(keepsAuthor(ME_AUTHOR, undefined)).toBe(true);
    expect(keepsAuthor(ME_AUTHOR, li)).toBe(false);
    expect(keepsAuthor('u-li', li)).toBe(true);
    expect(keepsAuthor('u-li', undefined)).toBe(false);
    expect(keepsAuthor('u-wang', li)).toBe(false);
  });
});
