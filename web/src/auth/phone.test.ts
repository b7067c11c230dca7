import { describe, expect, it } from 'vitest';
import { maskPhone, phoneDigits, safeReturnPath } from './phone.ts';

describe('phoneDigits', () => {
  it('accepts spaces, hyphens and the +86 prefix', () => {
    expect(phoneDigits('138 0013 8000')).toBe('13800138000');
    expect(phoneDigits('+86 138-0013-8000')).toBe('13800138000');
    expect(phoneDigits('8613800138000')).toBe('13800138000');
  });

  it('refuses anything that is not 11 digits starting with 1', () => {
    expect(phoneDigits('')).toBeNull();
    expect(phoneDigits('1380013800')).toBeNull();
    expect(phoneDigits('23800138000')).toBeNull();
    expect(phoneDigits('138001380OO')).toBeNull();
  });
});

describe('maskPhone', () => {
  it('keeps the first three and the last four digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});

describe('safeReturnPath', () => {
  it('keeps a path of this site and refuses any other address', () => {
    expect(safeReturnPath('/account')).toBe('/account');
    expect(safeReturnPath('//evil.example/')).toBeNull();
    expect(safeReturnPath('/\\evil.example/')).toBeNull();
    expect(safeReturnPath('https://evil.example/')).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });

  it('keeps a query string, and refuses characters a browser would rewrite', () => {
    const check = '/transfer-application?scheme=employee-pension&region=440100&step=check';
    expect(safeReturnPath(check)).toBe(check);
    expect(safeReturnPath('/\t/evil.example/')).toBeNull();
    expect(safeReturnPath('/\n/evil.example/')).toBeNull();
    expect(safeReturnPath('/ /evil.example/')).toBeNull();
    expect(safeReturnPath('/account\\..\\evil')).toBeNull();
    expect(safeReturnPath('javascript:alert(1)')).toBeNull();
    expect(safeReturnPath('')).toBeNull();
  });
});
