import { describe, expect, it } from 'vitest';
import { PROVINCES, provinceOf } from './province-codes.ts';

describe('provinceOf', () => {
  it('finds a province by its two-digit code', () => {
    expect(provinceOf('11')).toEqual({ code: '11', nameZh: '北京市', nameEn: 'Beijing' });
    expect(provinceOf('44')?.nameZh).toBe('广东省');
    expect(provinceOf('65')?.nameEn).toBe('Xinjiang');
  });

  it.each(['71', '81', '82'])('knows %s (Taiwan, Hong Kong, Macau)', (code) => {
    expect(provinceOf(code)?.code).toBe(code);
  });

  it.each(['00', '10', '16', '20', '47', '55', '66', '83', '91', '1', '110', '110000', ''])(
    'finds nothing for %j',
    (code) => {
      expect(provinceOf(code)).toBeUndefined();
    },
  );

  it('lists exactly the GB/T 2260 province-level codes', () => {
    const codes = PROVINCES.map((p) => p.code);
    const expected = [
      ...['11', '12', '13', '14', '15', '21', '22', '23'],
      ...['31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46'],
      ...['50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82'],
    ];
    expect(codes).toEqual(expected);
    expect(new Set(PROVINCES.map((p) => p.nameZh)).size).toBe(34);
  });
});
