import { describe, expect, it } from 'vitest';
import { maskLogRecord } from './logger.ts';

describe('log redaction', () => {
  it('masks ID numbers and phone numbers wherever they appear in a record', () => {
    const masked = JSON.stringify(
      maskLogRecord({
        msg: 'lookup for 11010519491231002X failed',
        nested: { contact: ['call 13812345678'], url: '/x?q=11010519491231002X' },
      }),
    );
    expect(masked).not.toContain('11010519491231002X');
    expect(masked).not.toContain('13812345678');
    expect(masked).toContain('1101**********002X');
    expect(masked).toContain('138****5678');
  });

  it('leaves other values as they are', () => {
    expect(maskLogRecord({ n: 5, ok: true, msg: 'request completed', code: 'REGION_NOT_FOUND' })).toEqual({
      n: 5,
      ok: true,
      msg: 'request completed',
      code: 'REGION_NOT_FOUND',
    });
  });
});
