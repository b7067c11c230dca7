import { describe, expect, it } from 'vitest';
import { applicationReference, idRangeOfReference } from './application-reference.ts';

const id = '019ac3f2-7b1e-7c00-9a4b-1f2e3d4c5b6a';

describe('application references', () => {
  it('is the first twelve hex digits of the id in capitals: the creation millisecond', () => {
    expect(applicationReference(id)).toBe('019AC3F2-7B1E');
    // Two ids made a minute apart used to share 8 digits; they differ in 12.
    const minuteLater = '019ac3f3-1a2b-7c00-8000-000000000000';
    expect(applicationReference(minuteLater)).not.toBe(applicationReference(id));
    expect(idRangeOfReference(applicationReference(id))).toEqual({
      first: '019ac3f2-7b1e-0000-0000-000000000000',
      last: '019ac3f2-7b1e-ffff-ffff-ffffffffffff',
    });
  });

  it('turns a typed reference into the range of ids that begin with it', () => {
    expect(idRangeOfReference(' 019ac3F2 ')).toEqual({
      first: '019ac3f2-0000-0000-0000-000000000000',
      last: '019ac3f2-ffff-ffff-ffff-ffffffffffff',
    });
    const range = idRangeOfReference('019AC3F2-7B1E')!;
    expect(range.first <= id && id <= range.last).toBe(true);
    expect(idRangeOfReference(id)).toEqual({ first: id, last: id });
  });

  it('refuses text that cannot begin an id', () => {
    expect(idRangeOfReference('')).toBeUndefined();
    expect(idRangeOfReference('张三')).toBeUndefined();
    expect(idRangeOfReference('019ac3g2')).toBeUndefined();
    expect(idRangeOfReference('0'.repeat(33))).toBeUndefined();
  });
});
