import type { IdentifierError } from './identifier-error.ts';
import { compactIdentifier } from './normalize-input.ts';
import { provinceOf } from './province-codes.ts';

/** Stable codes for what can be wrong with a unified social credit code. */
export type CreditCodeErrorCode =
  | 'EMPTY'
  | 'BAD_LENGTH'
  | 'BAD_CHARACTERS'
  | 'UNKNOWN_REGISTRATION_AUTHORITY'
  | 'UNKNOWN_PROVINCE'
  | 'BAD_CHECK_CHARACTER';

/** One problem found in a unified social credit code. */
export type CreditCodeError = IdentifierError<CreditCodeErrorCode>;

/** The outcome of validating a unified social credit code; `normalized` only when valid, never `details`. */
export type CreditCodeValidation =
  | {
      readonly valid: true;
      readonly normalized: string;
      readonly errors: readonly [];
      readonly details?: undefined;
    }
  | {
      readonly valid: false;
      readonly normalized?: undefined;
      readonly errors: readonly CreditCodeError[];
      readonly details?: undefined;
    };

// GB 32100-2015: the 31 characters in value order; I, O, Z, S and V are never used.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// GB 32100-2015 check character (after GB/T 17710): weight of position i is 3^(i−1) mod 31.
const CHECK_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// GB 32100-2015 登记管理部门代码: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游,
// 7 宗教, 8 工会, 9 工商/市场监管, A 中央军委改革和编制办公室, N 农业, Y 其他.
const REGISTRATION_AUTHORITIES = new Set('123456789ANY');
// Organisations registered centrally (national foundations with 民政部, institutions of the
// central government such as ministry-run universities) carry the national code 100000, e.g.
// 12100000400009127B; rejecting it would turn such employers away.
const NATIONAL_REGION_CODE = '100000';

const error = (code: CreditCodeErrorCode, message: string, messageEn: string): CreditCodeError => ({
  code,
  message,
  messageEn,
});

/** The GB 32100 check character for the first 17 characters of a credit code. */
export function computeCreditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17 || [...first17].some((c) => !ALPHABET.includes(c))) {
    throw new RangeError(`expected 17 characters from ${ALPHABET}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * CHECK_WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Checks a unified social credit code as typed and reports every problem found. */
export function validateCreditCode(input: string): CreditCodeValidation {
  const code = compactIdentifier(input);
  if (code === '') {
    return invalid([
      error('EMPTY', '请填写统一社会信用代码', 'Enter the unified social credit code.'),
    ]);
  }
  const onlyAlphabet = [...code].every((c) => ALPHABET.includes(c));
  const badCharacters = error(
    'BAD_CHARACTERS',
    '代码只能包含数字和大写字母，不会有字母 I、O、Z、S、V，请核对',
    'The code has only digits and capital letters, never the letters I, O, Z, S or V. Please check it.',
  );
  if (code.length !== 18) {
    const length = Array.from(code).length;
    const badLength = error(
      'BAD_LENGTH',
      `统一社会信用代码应该是18位，您填了${length}位，请核对`,
      `A unified social credit code has 18 characters. You entered ${length}. Please check it.`,
    );
    return invalid(onlyAlphabet ? [badLength] : [badLength, badCharacters]);
  }
  if (!onlyAlphabet) return invalid([badCharacters]);

  const found: CreditCodeError[] = [];
  if (!REGISTRATION_AUTHORITIES.has(code[0]!)) {
    found.push(
      error(
        'UNKNOWN_REGISTRATION_AUTHORITY',
        '代码的第1位（登记管理部门）不正确，请核对',
        'The first character (the registering authority) is not valid. Please check the code.',
      ),
    );
  }
  const region = code.slice(2, 8);
  const knownRegion =
    /^\d{6}$/.test(region) &&
    (region === NATIONAL_REGION_CODE || provinceOf(region.slice(0, 2)) !== undefined);
  if (!knownRegion) {
    found.push(
      error(
        'UNKNOWN_PROVINCE',
        '代码的第3到8位不是有效的地区代码，请核对',
        'Characters 3 to 8 are not a valid region code. Please check the code.',
      ),
    );
  }
  if (computeCreditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) {
    found.push(
      error(
        'BAD_CHECK_CHARACTER',
        '最后一位校验码不正确，请核对代码',
        'The last character does not match the rest of the code. Please check it for a typing mistake.',
      ),
    );
  }
  return found.length > 0 ? invalid(found) : { valid: true, normalized: code, errors: [] };
}

function invalid(found: readonly CreditCodeError[]): CreditCodeValidation {
  return { valid: false, errors: found };
}
