import type { FieldCipher } from '../../platform/crypto/index.ts';

/** Blind-index purposes of the cards module. */
export const CARD_KEY_PURPOSE = {
  cardNumber: 'card-number',
  identificationCode: 'card-identification-code',
} as const;

/** The lookup key of a card number: unique within the issuing region. */
export function cardNumberKey(cipher: FieldCipher, regionCode: string, cardNumber: string): string {
  return cipher.blindIndex(CARD_KEY_PURPOSE.cardNumber, `${regionCode}:${cardNumber}`);
}

/** The lookup key of a card identification code: unique everywhere. */
export function identificationCodeKey(cipher: FieldCipher, code: string): string {
  return cipher.blindIndex(CARD_KEY_PURPOSE.identificationCode, code);
}
