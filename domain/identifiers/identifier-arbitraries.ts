// fast-check generators shared by the identifier tests; never imported by production code.
import fc from 'fast-check';
import { computeCitizenIdCheckCharacter } from './citizen-id.ts';
import { computeCreditCodeCheckCharacter } from './credit-code.ts';
import { PROVINCES } from './province-codes.ts';

const DAY_MS = 86_400_000;

/** A string of exactly `length` ASCII digits. */
export const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

/** A real calendar day from `min` to `max` inclusive, as ISO YYYY-MM-DD. */
export const isoDateBetween = (min: string, max: string) =>
  fc
    .integer({ min: Date.parse(min) / DAY_MS, max: Date.parse(max) / DAY_MS })
    .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

/** A known province code followed by four random digits. */
export const residentAddressCode = fc
  .tuple(fc.constantFrom(...PROVINCES.map((p) => p.code)), digits(4))
  .map(([province, rest]) => province + rest);

const addressCode = fc.oneof(
  { weight: 8, arbitrary: residentAddressCode },
  { weight: 1, arbitrary: fc.constantFrom('810000', '820000', '830000') },
  { weight: 1, arbitrary: digits(5).map((rest) => `9${rest}`) },
);

/** A valid 18-character citizen ID number born from 1850-01-01 to `today`. */
export const validCitizenId = (today: string) =>
  fc
    .tuple(addressCode, isoDateBetween('1850-01-01', today), digits(3))
    .map(([address, birthDate, sequence]) => {
      const first17 = address + birthDate.replaceAll('-', '') + sequence;
      return first17 + computeCitizenIdCheckCharacter(first17);
    });

/** A 15-digit legacy ID number with a known province and a real 19xx birth date. */
export const legacyCitizenId = fc
  .tuple(residentAddressCode, isoDateBetween('1900-01-01', '1999-12-31'), digits(3))
  .map(
    ([address, birthDate, sequence]) => address + birthDate.slice(2).replaceAll('-', '') + sequence,
  );

/** An 11-digit mainland mobile number. */
export const mobileNumber = fc
  .tuple(fc.constantFrom(...'3456789'), digits(9))
  .map(([second, rest]) => `1${second}${rest}`);

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditCodeCharacters = (length: number) =>
  fc.string({
    unit: fc.constantFrom(...CREDIT_CODE_ALPHABET),
    minLength: length,
    maxLength: length,
  });

/** A valid unified social credit code. */
export const validCreditCode = fc
  .tuple(
    fc.constantFrom(...'123456789ANY'),
    creditCodeCharacters(1),
    fc.oneof(residentAddressCode, fc.constant('100000')),
    creditCodeCharacters(9),
  )
  .map((parts) => {
    const first17 = parts.join('');
    return first17 + computeCreditCodeCheckCharacter(first17);
  });

/** The same value with random spaces (ASCII, tab, full-width) between its characters. */
export const withRandomSpaces = (value: string) =>
  fc
    .array(fc.constantFrom('', '', ' ', '\u3000', '\t'), {
      minLength: value.length + 1,
      maxLength: value.length + 1,
    })
    .map((gaps) => gaps.map((gap, i) => gap + (value[i] ?? '')).join(''));
