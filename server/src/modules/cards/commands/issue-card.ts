import { randomInt } from 'node:crypto';
import {
  cardExpiresOn,
  generateCardIdentificationCode,
  generateCardNumber,
} from '../../../../../domain/cards/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { newId } from '../../../platform/ids.ts';
import { auditActorOf, type CardActor } from '../card-actor.ts';
import { cardNumberKey, identificationCodeKey } from '../card-keys.ts';
import { insertCardAction, insertCardWithKeys, type CardRow } from '../cards.repository.ts';

const ATTEMPTS = 5;
const random = () => randomInt(0, 1_000_000) / 1_000_000;

/**
 * Issues a new card (制卡) to a person in the caller's transaction: sealed (封存) until the holder
 * enables it, valid ten years from `issuedOn`, with a new card number (unique within the region)
 * and identification code (beginning with the region code), both stored only encrypted. Writes the
 * `issued` action, the `card.issued` event and the audit entry.
 */
export async function issueCard(
  tx: Tx,
  {
    cipher,
    actor,
    personId,
    issuingRegionCode,
    issuedOn,
    replacesCardId = null,
    now = new Date(),
  }: {
    cipher: FieldCipher;
    actor: CardActor;
    personId: string;
    issuingRegionCode: string;
    issuedOn: string;
    replacesCardId?: string | null;
    now?: Date;
  },
): Promise<CardRow> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const cardNumber = generateCardNumber(random);
    const code = generateCardIdentificationCode(issuingRegionCode, random);
    const card: CardRow = {
      id: newId(now.getTime()),
      personId,
      issuingRegionCode,
      cardNumberEncrypted: cipher.encrypt(cardNumber),
      identificationCodeEncrypted: cipher.encrypt(code),
      issuedOn,
      expiresOn: cardExpiresOn(issuedOn),
      replacesCardId,
      status: 'sealed',
      locked: false,
      pendingRequest: null,
      pendingReason: null,
      offeredCancellation: null,
      cancellationReason: null,
      temporaryLossEndsAt: null,
      version: 1,
      createdAt: now,
    };
    const inserted = await insertCardWithKeys(tx, card, [
      { key: cardNumberKey(cipher, issuingRegionCode, cardNumber), kind: 'card-number' },
      { key: identificationCodeKey(cipher, code), kind: 'identification-code' },
    ]);
    if (!inserted) continue;
    await insertCardAction(tx, {
      id: newId(now.getTime()),
      personId,
      cardId: card.id,
      seq: 1,
      action: 'issued',
      actorType: actor.type,
      actorId: actor.id,
      at: now,
      agencyRegionCode: actor.type === 'staff' ? actor.agencyRegionCode : null,
    });
    await emitEvent(tx, {
      name: 'card.issued',
      payload: { cardId: card.id, personId, issuingRegionCode, status: 'sealed', replacesCardId },
    });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: 'card.issued',
      subjectType: 'card',
      subjectId: card.id,
      data: { personId, issuingRegionCode, issuedOn, replacesCardId },
    });
    return card;
  }
  throw new Error(`no free card number in region ${issuingRegionCode} after ${ATTEMPTS} tries`);
}
