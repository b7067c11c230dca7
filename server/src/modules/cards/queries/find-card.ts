import { normalizeCardNumber } from '../../../../../domain/cards/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { cardNumberKey } from '../card-keys.ts';
import { selectCard, selectCardIdByKey, type CardRow } from '../cards.repository.ts';

/**
 * The person's card with this id, or undefined (another person's card is not found): the entry
 * point for other modules (the e-card) that hold a card id and the person it belongs to.
 */
export async function findCard({
  db,
  personId,
  cardId,
}: {
  db: Executor;
  personId: string;
  cardId: string;
}): Promise<CardRow | undefined> {
  return selectCard(db, personId, cardId);
}

/** The card with this number (as people type it) in this issuing region, by its blind index. */
export async function findCardByNumber({
  db,
  cipher,
  issuingRegionCode,
  cardNumber,
}: {
  db: Executor;
  cipher: FieldCipher;
  issuingRegionCode: string;
  cardNumber: string;
}): Promise<CardRow | undefined> {
  const normalized = normalizeCardNumber(cardNumber);
  if (normalized === undefined) return undefined;
  const found = await selectCardIdByKey(db, cardNumberKey(cipher, issuingRegionCode, normalized));
  return found ? selectCard(db, found.personId, found.cardId) : undefined;
}
