import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { PersonRecord } from './person-record.ts';

/**
 * The full 18-character ID number, for the rare places that need it: official documents, messages
 * between agencies, and the audited reveal for permitted staff. Everywhere else show a mask.
 */
export function revealCitizenId(
  cipher: FieldCipher,
  person: Pick<PersonRecord, 'citizenIdEncrypted'>,
): string {
  return cipher.decrypt(person.citizenIdEncrypted);
}

/** The 11-digit sign-in phone, to send a message to it; undefined when none is registered. */
export function revealPhone(
  cipher: FieldCipher,
  person: Pick<PersonRecord, 'phoneEncrypted'>,
): string | undefined {
  return person.phoneEncrypted === null ? undefined : cipher.decrypt(person.phoneEncrypted);
}
