import { formatIsoDate, parseCompactDate, parseIsoDate } from './calendar-date.ts';
import { citizenIdErrors as errors, type CitizenIdError } from './citizen-id-errors.ts';
import { compactIdentifier } from './normalize-input.ts';
import { provinceOf } from './province-codes.ts';

export type { CitizenIdError, CitizenIdErrorCode } from './citizen-id-errors.ts';

/** Which document the 18-character number belongs to. */
export type CitizenIdKind =
  'resident' | 'hk-mo-tw-residence-permit' | 'foreign-permanent-residence';

/** What a valid number says about its holder. */
export interface CitizenIdDetails {
  /** ISO YYYY-MM-DD. */
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  /** The six-character address field as written (for a foreigner's ID: province + nationality). */
  readonly regionCode: string;
  readonly kind: CitizenIdKind;
}

/** The outcome of validating a citizen ID number; `normalized` and `details` only when valid. */
export type CitizenIdValidation =
  | {
      readonly valid: true;
      readonly normalized: string;
      readonly errors: readonly [];
      readonly details: CitizenIdDetails;
    }
  | {
      readonly valid: false;
      readonly normalized?: undefined;
      readonly errors: readonly CitizenIdError[];
      readonly details?: undefined;
    };

// GB 11643-1999 check character, ISO 7064 MOD 11-2: weight of position i is 2^(18−i) mod 11.
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
// Residence permits for Hong Kong, Macau and Taiwan residents (国办发〔2018〕81号).
const RESIDENCE_PERMIT_ADDRESS_CODES = new Set(['810000', '820000', '830000']);
// Project decision: no person alive or on record in the scheme was born before 1850.
const EARLIEST_BIRTH_DATE = '1850-01-01';

/** The GB 11643 check character ("0"–"9" or "X") for the first 17 digits of an ID number. */
export function computeCitizenIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * CHECK_WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** The 18-character form of a 15-digit legacy ID number (GB 11643-1989): "19" + check character. */
export function upgradeLegacyCitizenId(id15: string): string {
  const compact = compactIdentifier(id15);
  if (!/^\d{15}$/.test(compact)) throw new RangeError('expected a 15-digit legacy ID number');
  const first17 = `${compact.slice(0, 6)}19${compact.slice(6)}`;
  return first17 + computeCitizenIdCheckCharacter(first17);
}

/** An 18-character ID number grouped 6-8-4 for reading ("110105 19491231 002X"); other input compacted only. */
export function formatCitizenIdGrouped(id18: string): string {
  const compact = compactIdentifier(id18);
  if (compact.length !== 18) return compact;
  return `${compact.slice(0, 6)} ${compact.slice(6, 14)} ${compact.slice(14)}`;
}

/** Checks a citizen ID number as typed and reports every problem found. */
export function validateCitizenId(input: string, options: { today: string }): CitizenIdValidation {
  const { today } = options;
  if (parseIsoDate(today) === undefined) {
    throw new RangeError('options.today must be a real YYYY-MM-DD date');
  }

  const compact = compactIdentifier(input);
  if (compact === '') return invalid([errors.empty()]);
  if (compact.length === 15) {
    if (!/^\d{15}$/.test(compact)) return invalid([errors.badLegacyCharacters()]);
    return validate18(upgradeLegacyCitizenId(compact), today);
  }
  if (compact.length !== 18) {
    const found = [errors.badLength(Array.from(compact).length)];
    if (!/^\d*X?$/.test(compact)) found.push(errors.badCharacters());
    return invalid(found);
  }
  if (!/^\d{17}[\dX]$/.test(compact)) return invalid([errors.badCharacters()]);
  return validate18(compact, today);
}

function validate18(id: string, today: string): CitizenIdValidation {
  const found: CitizenIdError[] = [];
  const kind = kindOf(id);
  if (kind === 'resident' && provinceOf(id.slice(0, 2)) === undefined) {
    found.push(errors.unknownProvince());
  }
  const birth = parseCompactDate(id.slice(6, 14));
  const birthDate = birth && formatIsoDate(birth);
  if (birthDate === undefined) found.push(errors.notARealDate());
  else if (birthDate < EARLIEST_BIRTH_DATE) found.push(errors.tooEarly());
  else if (birthDate > today) found.push(errors.inFuture());
  if (computeCitizenIdCheckCharacter(id.slice(0, 17)) !== id[17]) {
    found.push(errors.badCheckCharacter());
  }
  if (found.length > 0 || birthDate === undefined) return invalid(found);

  const sex = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  const details = { birthDate, sex, regionCode: id.slice(0, 6), kind } as const;
  return { valid: true, normalized: id, errors: [], details };
}

function kindOf(id: string): CitizenIdKind {
  // 外国人永久居留身份证 (2023 format): 9 + issuing province + nationality, no GB/T 2260 address.
  if (id.startsWith('9')) return 'foreign-permanent-residence';
  if (RESIDENCE_PERMIT_ADDRESS_CODES.has(id.slice(0, 6))) return 'hk-mo-tw-residence-permit';
  return 'resident';
}

function invalid(found: readonly CitizenIdError[]): CitizenIdValidation {
  return { valid: false, errors: found };
}
