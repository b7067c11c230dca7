import { describe, expect, it } from 'vitest';
import { compactIdentifier } from './normalize-input.ts';

describe('compactIdentifier', () => {
  it('removes ASCII, full-width and zero-width spaces', () => {
    expect(compactIdentifier(' 1\u30002\t3\n4\u00A05\u200B6\uFEFF ')).toBe('123456');
  });

  it('turns full-width digits and letters into ASCII and upper-cases ASCII letters', () => {
    expect(compactIdentifier('０９ＡＺａｚx')).toBe('09AZAZX');
  });

  it('leaves other characters as they are, so validators still see them', () => {
    expect(compactIdentifier('1-2·ß①ﬀ')).toBe('1-2·ß①ﬀ');
  });
});
