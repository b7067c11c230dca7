// The two identifiers a social security card carries (DOMAIN.md §2), as this platform checks them.
// Project decision, documented in docs/DECISIONS.md: the law names the card number and the card
// identification code but their formats come from the card specification, which is not public in
// full; the platform checks what DOMAIN.md states and the standard's example shows.
// - Card number (社会保障卡卡号): unique within the issuing region; one capital letter and eight
//   digits, as the card-reader standard's example `X00000019`.
// - Card identification code (卡识别码): 32 hexadecimal characters, the first six being the
//   issuing region's GB/T 2260 code.
import { compactIdentifier } from '../identifiers/normalize-input.ts';
import { provinceOf } from '../identifiers/province-codes.ts';

const CARD_NUMBER = /^[A-Z][0-9]{8}$/;
const IDENTIFICATION_CODE = /^[0-9]{6}[0-9A-F]{26}$/;
const REGION_CODE = /^[0-9]{6}$/;

/** A card number as stored (spaces removed, upper case), or undefined when it is not one. */
export function normalizeCardNumber(input: string): string | undefined {
  const compact = compactIdentifier(input);
  return CARD_NUMBER.test(compact) ? compact : undefined;
}

/** What can be wrong with a card identification code. */
export type CardIdentificationCodeProblem = 'BAD_FORMAT' | 'UNKNOWN_PROVINCE' | 'REGION_MISMATCH';

/**
 * Checks a card identification code: 32 hexadecimal characters (upper case once normalized)
 * whose first six are a region code of a province that exists, and — when given — the card's
 * issuing region. The normalized code, or the problem.
 */
export function validateCardIdentificationCode(
  input: string,
  issuingRegionCode?: string,
): { valid: true; normalized: string } | { valid: false; problem: CardIdentificationCodeProblem } {
  const code = compactIdentifier(input);
  if (!IDENTIFICATION_CODE.test(code)) return { valid: false, problem: 'BAD_FORMAT' };
  if (!provinceOf(code.slice(0, 2))) return { valid: false, problem: 'UNKNOWN_PROVINCE' };
  if (issuingRegionCode !== undefined && code.slice(0, 6) !== issuingRegionCode)
    return { valid: false, problem: 'REGION_MISMATCH' };
  return { valid: true, normalized: code };
}

/**
 * A new card number from `random` (values in [0, 1)): a capital letter other than I and O, which
 * read as digits, and eight digits. Uniqueness within the region is the database's to enforce;
 * a caller retries on a collision.
 */
export function generateCardNumber(random: () => number): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const letter = letters[Math.floor(random() * letters.length)]!;
  const digits = Array.from({ length: 8 }, () => Math.floor(random() * 10)).join('');
  return letter + digits;
}

/** A new identification code for a card of `issuingRegionCode`: the region and 26 hex digits. */
export function generateCardIdentificationCode(
  issuingRegionCode: string,
  random: () => number,
): string {
  if (!REGION_CODE.test(issuingRegionCode))
    throw new RangeError(`Not a six-digit region code: ${issuingRegionCode}`);
  const hex = Array.from({ length: 26 }, () =>
    Math.floor(random() * 16)
      .toString(16)
      .toUpperCase(),
  ).join('');
  return issuingRegionCode + hex;
}
