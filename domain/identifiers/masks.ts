import { surnameLength } from './compound-surnames.ts';
import { compactIdentifier } from './normalize-input.ts';

// SECURITY.md "Display masks". Project decision for values too short for their mask: when fewer
// than MIN_HIDDEN characters would be hidden, every character is hidden (the length stays), so
// a short or truncated value never shows more than its mask allows.
const MASK = '*';
const MIN_HIDDEN = 4;
const MAINLAND_MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const characters = Array.from(value);
  const hidden = characters.length - keepStart - keepEnd;
  if (hidden < MIN_HIDDEN) return MASK.repeat(characters.length);
  const start = characters.slice(0, keepStart).join('');
  const end = characters.slice(characters.length - keepEnd).join('');
  return start + MASK.repeat(hidden) + end;
}

/** A citizen ID number for display: first 4 and last 4 characters ("1101**********1234"). */
export function maskCitizenId(id: string): string {
  return maskMiddle(compactIdentifier(id), 4, 4);
}

/**
 * A person's name for display: the surname (one character, two for a 复姓 in a name of three or
 * more) and one "*" per other character ("张*", "欧阳**", "J*********"); a one-character name is "*".
 */
export function maskName(name: string): string {
  const characters = Array.from(name.trim().replace(/\s+/gu, ' '));
  if (characters.length <= 1) return MASK.repeat(characters.length);
  const kept = characters.length >= 3 ? surnameLength(characters) : 1;
  return characters.slice(0, kept).join('') + MASK.repeat(characters.length - kept);
}

/** A phone number for display: a mainland mobile as "138****5678" (country code dropped), others first 3 + last 4. */
export function maskPhone(phone: string): string {
  const compact = phone.replace(/[\s-]/gu, '');
  const mobile = MAINLAND_MOBILE.exec(compact)?.[1];
  return mobile !== undefined ? maskMiddle(mobile, 3, 4) : maskMiddle(compact, 3, 4);
}

/** A bank account number for display: first 6 and last 4 digits. */
export function maskBankAccount(account: string): string {
  return maskMiddle(account.replace(/\s/gu, ''), 6, 4);
}

/** A social security card number for display: first character and last 2 ("X******19"). */
export function maskCardNumber(cardNumber: string): string {
  return maskMiddle(compactIdentifier(cardNumber), 1, 2);
}
