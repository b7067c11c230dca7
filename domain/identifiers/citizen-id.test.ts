import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCitizenIdCheckCharacter,
  formatCitizenIdGrouped,
  upgradeLegacyCitizenId,
  validateCitizenId,
} from './citizen-id.ts';
import {
  digits,
  isoDateBetween,
  legacyCitizenId,
  residentAddressCode,
  validCitizenId,
  withRandomSpaces,
} from './identifier-arbitraries.ts';

const TODAY = '2025-06-30';
const validate = (input: string) => validateCitizenId(input, { today: TODAY });
const codesOf = (input: string) => validate(input).errors.map((e) => e.code);
/** An 18-character number with a correct check character, so only the other rules can fail. */
const withCheck = (first17: string) => first17 + computeCitizenIdCheckCharacter(first17);

describe('validateCitizenId', () => {
  it('accepts the example of DOMAIN.md and reads the holder from it', () => {
    expect(validate('11010519491231002X')).toEqual({
      valid: true,
      normalized: '11010519491231002X',
      errors: [],
      details: { birthDate: '1949-12-31', sex: 'female', regionCode: '110105', kind: 'resident' },
    });
  });

  it("accepts the standard's own example, whose county code no longer exists", () => {
    const result = validate('440524188001010014');
    expect(result.valid).toBe(true);
    expect(result.details).toEqual({
      birthDate: '1880-01-01',
      sex: 'male',
      regionCode: '440524',
      kind: 'resident',
    });
  });

  it.each([
    '11010519491231002x',
    '110105 19491231 002X',
    ' 110105 19491231 002x ',
    '110105\u300019491231\u3000002X',
    '110105\t19491231\n002X',
    '110105\u200B19491231002X',
    '１１０１０５１９４９１２３１００２Ｘ',
  ])('accepts %j as typed and normalises it', (input) => {
    const result = validate(input);
    expect(result.valid).toBe(true);
    expect(result.normalized).toBe('11010519491231002X');
  });

  it('tells an odd sequence number (male) from an even one (female)', () => {
    expect(validate(withCheck('11010519491231001')).details?.sex).toBe('male');
    expect(validate(withCheck('11010519491231002')).details?.sex).toBe('female');
  });

  it.each(['', '   ', '\u3000', '\n\t'])('reports EMPTY for %j', (input) => {
    expect(codesOf(input)).toEqual(['EMPTY']);
  });

  it('reports BAD_LENGTH with the number of characters typed', () => {
    const result = validate('1101051949123100');
    expect(result.errors.map((e) => e.code)).toEqual(['BAD_LENGTH']);
    expect(result.errors[0]?.message).toContain('16位');
    expect(result.errors[0]?.messageEn).toContain('16');
    expect(codesOf('1101051949123100211')).toEqual(['BAD_LENGTH']);
  });

  it('reports BAD_LENGTH and BAD_CHARACTERS together when both are wrong', () => {
    expect(codesOf('1101-0519-4912')).toEqual(['BAD_LENGTH', 'BAD_CHARACTERS']);
  });

  it.each([
    ['a letter inside the number', '1101051949123100AX'],
    ['an X before the last position', '11010519491231X002'],
    ['a hyphen', '110105-1949123100X'],
    ['a legacy number with an X', '11010549123100X'],
  ])('reports BAD_CHARACTERS for %s', (_, input) => {
    expect(codesOf(input)).toEqual(['BAD_CHARACTERS']);
  });

  it('reports UNKNOWN_PROVINCE when the first two digits are no province', () => {
    expect(codesOf(withCheck('20010519491231002'))).toEqual(['UNKNOWN_PROVINCE']);
    expect(codesOf(withCheck('00000019491231002'))).toEqual(['UNKNOWN_PROVINCE']);
  });

  it.each(['810000', '820000', '830000'])('accepts the %s residence permit prefix', (prefix) => {
    const result = validate(withCheck(`${prefix}19900101001`));
    expect(result.valid).toBe(true);
    expect(result.details?.kind).toBe('hk-mo-tw-residence-permit');
    expect(result.details?.regionCode).toBe(prefix);
  });

  it('accepts 83 only as the Taiwan residence permit prefix 830000', () => {
    expect(codesOf(withCheck('83010119900101001'))).toEqual(['UNKNOWN_PROVINCE']);
  });

  it('accepts foreign permanent-residence IDs (prefix 9) without a province check', () => {
    const result = validate(withCheck('99984019900101001'));
    expect(result.valid).toBe(true);
    expect(result.details?.kind).toBe('foreign-permanent-residence');
    expect(codesOf('999840199001010010'.slice(0, 17) + 'Y')).toEqual(['BAD_CHARACTERS']);
  });

  it.each([
    ['19490231', 'February 31st'],
    ['19491301', 'month 13'],
    ['19490000', 'month and day 0'],
    ['19490431', 'April 31st'],
    ['19000229', 'February 29th of 1900 (not a leap year)'],
    ['20230229', 'February 29th of 2023'],
  ])('reports INVALID_BIRTH_DATE for %s (%s)', (date) => {
    expect(codesOf(withCheck(`110105${date}002`))).toEqual(['INVALID_BIRTH_DATE']);
  });

  it.each(['20000229', '20040229', '19960229'])('accepts the leap day %s', (date) => {
    expect(validate(withCheck(`110105${date}002`)).details?.birthDate).toBe(
      `${date.slice(0, 4)}-02-29`,
    );
  });

  it('reports INVALID_BIRTH_DATE before 1850-01-01 and accepts that day', () => {
    const early = validate(withCheck('11010518491231002'));
    expect(early.errors.map((e) => e.code)).toEqual(['INVALID_BIRTH_DATE']);
    expect(early.errors[0]?.message).toContain('1850');
    expect(validate(withCheck('11010518500101002')).valid).toBe(true);
  });

  it('reports BIRTH_DATE_IN_FUTURE after today and accepts today', () => {
    expect(codesOf(withCheck('11010520250701002'))).toEqual(['BIRTH_DATE_IN_FUTURE']);
    expect(codesOf(withCheck('11010530000101002'))).toEqual(['BIRTH_DATE_IN_FUTURE']);
    expect(validate(withCheck('11010520250630002')).valid).toBe(true);
    expect(validateCitizenId(withCheck('11010520250701002'), { today: '2025-07-01' }).valid).toBe(
      true,
    );
  });

  it('reports BAD_CHECK_CHARACTER with a message a grandparent understands', () => {
    const result = validate('110105194912310021');
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      {
        code: 'BAD_CHECK_CHARACTER',
        message: '最后一位校验码不正确，请核对号码',
        messageEn: expect.stringMatching(/last character/),
      },
    ]);
  });

  it('collects every applicable error, not only the first', () => {
    expect(codesOf('11010519490231002X')).toEqual(['INVALID_BIRTH_DATE', 'BAD_CHECK_CHARACTER']);
    expect(codesOf('200105203001010020')).toEqual([
      'UNKNOWN_PROVINCE',
      'BIRTH_DATE_IN_FUTURE',
      'BAD_CHECK_CHARACTER',
    ]);
  });

  it('gives every error a Chinese and an English message', () => {
    const inputs = ['', '123', '1101051949123100AX', '200105203001010020', '11010519490231002X'];
    const errors = inputs.flatMap((input) => validate(input).errors);
    expect(new Set(errors.map((e) => e.code)).size).toBe(7);
    for (const error of errors) {
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.messageEn).toMatch(/^[A-Z][^\u4e00-\u9fff]+\.$/);
    }
  });

  it('upgrades and validates 15-digit legacy numbers', () => {
    const result = validate('110105491231002');
    expect(result.valid).toBe(true);
    expect(result.normalized).toBe('11010519491231002X');
    expect(result.details?.birthDate).toBe('1949-12-31');
    expect(validate('110105 491231 002').normalized).toBe('11010519491231002X');
  });

  it('reports the rule a legacy number breaks, never its computed check character', () => {
    expect(codesOf('110105490231002')).toEqual(['INVALID_BIRTH_DATE']);
    expect(codesOf('200105491231002')).toEqual(['UNKNOWN_PROVINCE']);
  });

  it('refuses a `today` that is not a real YYYY-MM-DD date', () => {
    expect(() => validateCitizenId('11010519491231002X', { today: '20250630' })).toThrow(
      RangeError,
    );
    expect(() => validateCitizenId('11010519491231002X', { today: '2025-02-30' })).toThrow(
      RangeError,
    );
  });
});

describe('computeCitizenIdCheckCharacter', () => {
  it('computes the check character of the examples', () => {
    expect(computeCitizenIdCheckCharacter('11010519491231002')).toBe('X');
    expect(computeCitizenIdCheckCharacter('44052418800101001')).toBe('4');
  });

  it.each(['1101051949123100', '110105194912310021', '1101051949123100A'])(
    'refuses %j, which is not 17 digits',
    (input) => {
      expect(() => computeCitizenIdCheckCharacter(input)).toThrow(RangeError);
    },
  );
});

describe('upgradeLegacyCitizenId', () => {
  it('inserts 19 after the address code and appends the check character', () => {
    expect(upgradeLegacyCitizenId('110105491231002')).toBe('11010519491231002X');
  });

  it('refuses anything but 15 digits', () => {
    expect(() => upgradeLegacyCitizenId('11010519491231002X')).toThrow(RangeError);
    expect(() => upgradeLegacyCitizenId('11010549123100X')).toThrow(RangeError);
  });
});

describe('formatCitizenIdGrouped', () => {
  it('groups an 18-character number 6-8-4', () => {
    expect(formatCitizenIdGrouped('11010519491231002x')).toBe('110105 19491231 002X');
    expect(formatCitizenIdGrouped(' 110105 1949 1231 002X')).toBe('110105 19491231 002X');
  });

  it('leaves other lengths ungrouped', () => {
    expect(formatCitizenIdGrouped('110105 491231 002')).toBe('110105491231002');
  });
});

describe('citizen ID properties', () => {
  it('accepts every generated valid number, and reads it back', () => {
    fc.assert(
      fc.property(validCitizenId(TODAY), (id) => {
        const result = validate(id);
        expect(result.errors).toEqual([]);
        expect(result.normalized).toBe(id);
        const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
        expect(result.details?.birthDate).toBe(birthDate);
        expect(result.details?.sex).toBe(Number(id[16]) % 2 === 1 ? 'male' : 'female');
        expect(result.details?.regionCode).toBe(id.slice(0, 6));
      }),
    );
  });

  it('normalises a generated number typed with spaces and a lower-case x', () => {
    fc.assert(
      fc.property(
        validCitizenId(TODAY).chain((id) => fc.tuple(fc.constant(id), withRandomSpaces(id))),
        ([id, spaced]) => {
          const result = validate(spaced.toLowerCase());
          expect(result.valid).toBe(true);
          expect(result.normalized).toBe(id);
          expect(formatCitizenIdGrouped(spaced.toLowerCase()).replaceAll(' ', '')).toBe(id);
        },
      ),
    );
  });

  it('catches every single-character substitution', () => {
    const substitution = validCitizenId(TODAY).chain((id) =>
      fc.tuple(fc.constant(id), fc.integer({ min: 0, max: 17 }), fc.constantFrom(...'0123456789X')),
    );
    fc.assert(
      fc.property(substitution, ([id, position, replacement]) => {
        fc.pre(id[position] !== replacement);
        const changed = id.slice(0, position) + replacement + id.slice(position + 1);
        const codes = validate(changed).errors.map((e) => e.code);
        if (position < 17 && replacement === 'X') expect(codes).toEqual(['BAD_CHARACTERS']);
        else expect(codes).toContain('BAD_CHECK_CHARACTER');
      }),
    );
  });

  it('upgrades every legacy number to a valid 18-character number holding the same digits', () => {
    fc.assert(
      fc.property(legacyCitizenId, (id15) => {
        const upgraded = upgradeLegacyCitizenId(id15);
        const result = validate(id15);
        expect(result.valid).toBe(true);
        expect(result.normalized).toBe(upgraded);
        expect(upgraded.slice(0, 6) + upgraded.slice(8, 17)).toBe(id15);
        expect(upgraded.slice(6, 8)).toBe('19');
        expect(validate(upgraded).valid).toBe(true);
      }),
    );
  });

  it('reports a future birth date for every day after today', () => {
    const future = fc.tuple(
      residentAddressCode,
      isoDateBetween('2025-07-01', '2999-12-31'),
      digits(3),
    );
    fc.assert(
      fc.property(future, ([address, date, sequence]) => {
        const id = withCheck(address + date.replaceAll('-', '') + sequence);
        expect(codesOf(id)).toEqual(['BIRTH_DATE_IN_FUTURE']);
      }),
    );
  });

  it('never throws, and is valid exactly when it reports no error', () => {
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 24 }),
      fc.stringMatching(/^[0-9xX \u3000]{0,20}$/),
    );
    fc.assert(
      fc.property(input, (text) => {
        const result = validate(text);
        expect(result.valid).toBe(result.errors.length === 0);
        if (result.valid) expect(result.normalized).toMatch(/^\d{17}[\dX]$/);
        else expect(result.normalized).toBeUndefined();
      }),
    );
  });
});
