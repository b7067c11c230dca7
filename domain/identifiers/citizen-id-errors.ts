import type { IdentifierError } from './identifier-error.ts';

/** Stable codes for what can be wrong with a citizen ID number. */
export type CitizenIdErrorCode =
  | 'EMPTY'
  | 'BAD_LENGTH'
  | 'BAD_CHARACTERS'
  | 'UNKNOWN_PROVINCE'
  | 'INVALID_BIRTH_DATE'
  | 'BIRTH_DATE_IN_FUTURE'
  | 'BAD_CHECK_CHARACTER';

/** One problem found in a citizen ID number. */
export type CitizenIdError = IdentifierError<CitizenIdErrorCode>;

const error = (code: CitizenIdErrorCode, message: string, messageEn: string): CitizenIdError => ({
  code,
  message,
  messageEn,
});

/** The messages for each problem, worded for someone who is not used to forms. */
export const citizenIdErrors = {
  empty: () => error('EMPTY', '请填写身份证号码', 'Enter your ID number.'),
  badLength: (length: number) =>
    error(
      'BAD_LENGTH',
      `身份证号码应该是18位（老号码是15位），您填了${length}位，请核对`,
      `An ID number has 18 characters (old ones have 15). You entered ${length}. Please check it.`,
    ),
  badCharacters: () =>
    error(
      'BAD_CHARACTERS',
      '身份证号码只能是数字，最后一位可以是字母X，请核对',
      'An ID number has only digits. The last one may be the letter X. Please check it.',
    ),
  badLegacyCharacters: () =>
    error(
      'BAD_CHARACTERS',
      '15位的老身份证号码只能是数字，请核对',
      'An old 15-digit ID number has only digits. Please check it.',
    ),
  unknownProvince: () =>
    error(
      'UNKNOWN_PROVINCE',
      '号码的前两位不是任何省份的代码，请核对',
      'The first two digits do not match any province. Please check the number.',
    ),
  notARealDate: () =>
    error(
      'INVALID_BIRTH_DATE',
      '号码中的出生日期不是真实的日期，请核对',
      'The date of birth in the number is not a real date. Please check the number.',
    ),
  tooEarly: () =>
    error(
      'INVALID_BIRTH_DATE',
      '号码中的出生日期早于1850年，请核对',
      'The date of birth in the number is before 1850. Please check the number.',
    ),
  inFuture: () =>
    error(
      'BIRTH_DATE_IN_FUTURE',
      '号码中的出生日期比今天还晚，请核对',
      'The date of birth in the number is after today. Please check the number.',
    ),
  badCheckCharacter: () =>
    error(
      'BAD_CHECK_CHARACTER',
      '最后一位校验码不正确，请核对号码',
      'The last character does not match the rest of the number. Please check it for a typing mistake.',
    ),
};
