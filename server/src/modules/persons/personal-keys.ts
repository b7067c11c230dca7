import { validateCitizenId } from '../../../../domain/identifiers/index.ts';
import type { FieldCipher } from '../../platform/crypto/index.ts';

/**
 * Blind-index purposes of the persons module. `phone` is the purpose the identity module indexes
 * sign-in phones with, so that an account and a person with the same phone find each other.
 */
export const BLIND_INDEX_PURPOSE = { citizenId: 'citizen-id', phone: 'phone' } as const;

/**
 * The form an ID number is stored and indexed under: the 18-character number as validateCitizenId
 * normalizes it (spaces and full-width characters removed, x upper-cased, 15 digits upgraded), or
 * undefined when the input cannot be a valid number — no person can be registered under one.
 */
export function normalizeCitizenId(input: string, today: string): string | undefined {
  const validation = validateCitizenId(input, { today });
  return validation.valid ? validation.normalized : undefined;
}

/**
 * A mainland mobile number as people type it — with spaces, hyphens, brackets or a +86/0086
 * prefix — reduced to its 11 digits, or undefined when it is not one. Kept identical to the
 * identity module's sign-in normalization: both feed the same `phone` blind index.
 */
export function normalizeMobilePhone(input: string): string | undefined {
  const digits = input.replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined;
}

/** The blind index of a normalized 18-character ID number. */
export function citizenIdIndex(cipher: FieldCipher, normalizedCitizenId: string): string {
  return cipher.blindIndex(BLIND_INDEX_PURPOSE.citizenId, normalizedCitizenId);
}

/** The blind index of a normalized 11-digit mobile number. */
export function phoneIndex(cipher: FieldCipher, normalizedPhone: string): string {
  return cipher.blindIndex(BLIND_INDEX_PURPOSE.phone, normalizedPhone);
}
