import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCreditCodeCheckCharacter, validateCreditCode } from './credit-code.ts';
import { validCreditCode, withRandomSpaces } from './identifier-arbitraries.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const codesOf = (input: string) => validateCreditCode(input).errors.map((e) => e.code);
/** An 18-character code with a correct check character, so only the other rules can fail. */
const withCheck = (first17: string) => first17 + computeCreditCodeCheckCharacter(first17);

describe('validateCreditCode', () => {
  it('accepts the example of DOMAIN.md', () => {
    expect(validateCreditCode('91110000600037341L')).toEqual({
      valid: true,
      normalized: '91110000600037341L',
      errors: [],
    });
  });

  it('rejects the example with a wrong check character', () => {
    const result = validateCreditCode('91110000600037341N');
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      {
        code: 'BAD_CHECK_CHARACTER',
        message: '最后一位校验码不正确，请核对代码',
        messageEn: expect.stringMatching(/last character/),
      },
    ]);
  });

  it.each(['91110000600037341l', ' 9111 0000 6000 3734 1L ', '911100\u3000006000\t37341L'])(
    'accepts %j as typed and normalises it',
    (input) => {
      expect(validateCreditCode(input).normalized).toBe('91110000600037341L');
    },
  );

  it('accepts the national region code 100000 of centrally registered organisations', () => {
    expect(validateCreditCode('12100000400009127B').valid).toBe(true);
  });

  it.each(['', '  ', '\u3000'])('reports EMPTY for %j', (input) => {
    expect(codesOf(input)).toEqual(['EMPTY']);
  });

  it('reports BAD_LENGTH with the number of characters typed', () => {
    const result = validateCreditCode('91110000600037341');
    expect(result.errors.map((e) => e.code)).toEqual(['BAD_LENGTH']);
    expect(result.errors[0]?.message).toContain('17位');
    expect(codesOf('91110000600037341LL')).toEqual(['BAD_LENGTH']);
  });

  it('reports BAD_LENGTH and BAD_CHARACTERS together when both are wrong', () => {
    expect(codesOf('9111-0000')).toEqual(['BAD_LENGTH', 'BAD_CHARACTERS']);
  });

  it.each([...'IOZSV', '-', '中'])('reports BAD_CHARACTERS for the character %j', (c) => {
    expect(codesOf(`91110000600037341${c}`)).toEqual(['BAD_CHARACTERS']);
    expect(codesOf(`9${c}110000600037341L`)).toEqual(['BAD_CHARACTERS']);
  });

  it.each([...'123456789ANY'])('accepts the registration authority %s', (authority) => {
    expect(validateCreditCode(withCheck(`${authority}1110000600037341`)).valid).toBe(true);
  });

  it.each([...'0BCDEFGHJKLMPQRTUWX'])(
    'reports UNKNOWN_REGISTRATION_AUTHORITY for %s',
    (authority) => {
      expect(codesOf(withCheck(`${authority}1110000600037341`))).toEqual([
        'UNKNOWN_REGISTRATION_AUTHORITY',
      ]);
    },
  );

  it.each(['200000', '000000', '110A00', '830000', '101010'])(
    'reports UNKNOWN_PROVINCE for the region code %s',
    (region) => {
      expect(codesOf(withCheck(`91${region}600037341`))).toEqual(['UNKNOWN_PROVINCE']);
    },
  );

  it('collects every applicable error, not only the first', () => {
    expect(codesOf('B1200000600037341L')).toEqual([
      'UNKNOWN_REGISTRATION_AUTHORITY',
      'UNKNOWN_PROVINCE',
      'BAD_CHECK_CHARACTER',
    ]);
  });

  it('gives every error a Chinese and an English message', () => {
    const inputs = ['', '9111-0000', 'B1200000600037341L'];
    const errors = inputs.flatMap((input) => validateCreditCode(input).errors);
    expect(new Set(errors.map((e) => e.code)).size).toBe(6);
    for (const error of errors) {
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.messageEn).toMatch(/^[A-Z][^\u4e00-\u9fff]+\.$/);
    }
  });
});

describe('computeCreditCodeCheckCharacter', () => {
  it('computes the check character of the example', () => {
    expect(computeCreditCodeCheckCharacter('91110000600037341')).toBe('L');
  });

  it.each(['9111000060003734', '91110000600037341L', '9111000060003734I'])(
    'refuses %j, which is not 17 characters of the alphabet',
    (input) => {
      expect(() => computeCreditCodeCheckCharacter(input)).toThrow(RangeError);
    },
  );
});

describe('credit code properties', () => {
  it('accepts every generated valid code, typed with spaces and in lower case', () => {
    const typed = validCreditCode.chain((code) =>
      fc.tuple(fc.constant(code), withRandomSpaces(code)),
    );
    fc.assert(
      fc.property(typed, ([code, spaced]) => {
        expect(validateCreditCode(code)).toEqual({ valid: true, normalized: code, errors: [] });
        expect(validateCreditCode(spaced.toLowerCase()).normalized).toBe(code);
      }),
    );
  });

  it('catches every single-character substitution', () => {
    const substitution = validCreditCode.chain((code) =>
      fc.tuple(fc.constant(code), fc.integer({ min: 0, max: 17 }), fc.constantFrom(...ALPHABET)),
    );
    fc.assert(
      fc.property(substitution, ([code, position, replacement]) => {
        fc.pre(code[position] !== replacement);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(codesOf(changed)).toContain('BAD_CHECK_CHARACTER');
      }),
    );
  });

  it('never throws, and is valid exactly when it reports no error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (text) => {
        const result = validateCreditCode(text);
        expect(result.valid).toBe(result.errors.length === 0);
      }),
    );
  });
});
