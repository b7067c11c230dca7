import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateCardIdentificationCode,
  generateCardNumber,
  normalizeCardNumber,
  validateCardIdentificationCode,
} from './card-identifiers.ts';

describe('card numbers', () => {
  it('accepts the standard’s example and normalizes what people type', () => {
    expect(normalizeCardNumber('X00000019')).toBe('X00000019');
    expect(normalizeCardNumber(' x0000 0019 ')).toBe('X00000019');
    expect(normalizeCardNumber('Ｘ００００００１９')).toBe('X00000019');
  });

  it('refuses other shapes', () => {
    for (const bad of ['', '00000019', 'X0000001', 'X000000190', 'XX0000001', 'X0000001A'])
      expect(normalizeCardNumber(bad)).toBeUndefined();
  });

  it('generates valid numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 0.999_999, noNaN: true }), { minLength: 9 }),
        (values) => {
          let i = 0;
          const number = generateCardNumber(() => values[i++ % values.length]!);
          expect(normalizeCardNumber(number)).toBe(number);
          expect(number[0]).not.toMatch(/[IO]/);
        },
      ),
    );
  });
});

describe('card identification codes', () => {
  const code = '440100' + 'A1B2C3D4E5F60718293A4B5C6D';

  it('is 32 hexadecimal characters beginning with the issuing region', () => {
    expect(code).toHaveLength(32);
    expect(validateCardIdentificationCode(code, '440100')).toEqual({
      valid: true,
      normalized: code,
    });
    expect(validateCardIdentificationCode(code.toLowerCase())).toEqual({
      valid: true,
      normalized: code,
    });
  });

  it('names what is wrong', () => {
    expect(validateCardIdentificationCode(code.slice(1))).toEqual({
      valid: false,
      problem: 'BAD_FORMAT',
    });
    expect(validateCardIdentificationCode(code.slice(0, 31) + 'G')).toMatchObject({
      problem: 'BAD_FORMAT',
    });
    expect(validateCardIdentificationCode('44010X' + code.slice(6))).toMatchObject({
      problem: 'BAD_FORMAT',
    });
    expect(validateCardIdentificationCode('990100' + code.slice(6))).toMatchObject({
      problem: 'UNKNOWN_PROVINCE',
    });
    expect(validateCardIdentificationCode(code, '110100')).toMatchObject({
      problem: 'REGION_MISMATCH',
    });
  });

  it('generates valid codes for the region', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.999_999, noNaN: true }), (value) => {
        const generated = generateCardIdentificationCode('510100', () => value);
        expect(validateCardIdentificationCode(generated, '510100')).toEqual({
          valid: true,
          normalized: generated,
        });
      }),
    );
    expect(() => generateCardIdentificationCode('5101', Math.random)).toThrow(RangeError);
  });
});
