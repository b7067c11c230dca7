import { afterPasswordAttempt, PASSWORD_STATUSES } from '../../../../../domain/cards/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { verifyCardPassword } from '../card-password.ts';
import {
  selectCardForUpdate,
  selectCardPasswordForUpdate,
  updateCardPasswordAttempts,
} from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';

/**
 * Checks the service password of one of the person's cards, for the e-card channel acting for the
 * signed-in holder. Six wrong passwords in a row lock the card (DOMAIN.md §6): the sixth records
 * the `password-locked` action and answers 423 CARD_LOCKED, as does every later check, the right
 * password included, until an agency resets it. A wrong one answers 422 CARD_PASSWORD_WRONG with
 * `details.attemptsLeft`; a right one clears the count. Attempts on one card are serialised by the
 * row lock, so parallel guesses cannot get past six, and each wrong one is audited.
 */
export async function checkCardPassword({
  db,
  cipher,
  accountId,
  personId,
  cardId,
  password,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  accountId: string;
  personId: string;
  cardId: string;
  password: string;
  now?: Date;
}): Promise<{ verified: true }> {
  const refusal = await db.transaction(async (tx) => {
    const card = await selectCardForUpdate(tx, personId, cardId);
    if (!card) throw new AppError('CARD_NOT_FOUND');
    const stored = await selectCardPasswordForUpdate(tx, personId, cardId);
    if (!PASSWORD_STATUSES.includes(card.status) || !stored)
      throw new AppError('CARD_ACTION_NOT_ALLOWED', {
        details: { status: card.status, why: 'no password can be checked in this state' },
      });
    if (card.locked) return new AppError('CARD_LOCKED');
    const correct = verifyCardPassword(cipher, cardId, password, stored.passwordHash);
    const after = afterPasswordAttempt(stored.wrongInARow, correct);
    if (after.wrongInARow !== stored.wrongInARow || after.locksNow)
      await updateCardPasswordAttempts(tx, {
        personId,
        cardId,
        wrongInARow: after.wrongInARow,
        lockedAt: after.locksNow ? now : null,
      });
    if (correct) return null;
    if (after.locksNow) {
      await recordCardAction(tx, {
        card,
        actor: { type: 'system', id: 'card-password-check' },
        action: 'password-locked',
        auditData: { accountId },
        now,
      });
      return new AppError('CARD_LOCKED');
    }
    await recordAudit(tx, {
      actor: { type: 'citizen', id: accountId },
      action: 'card.password-wrong',
      subjectType: 'card',
      subjectId: cardId,
      data: { personId, wrongInARow: after.wrongInARow },
    });
    return new AppError('CARD_PASSWORD_WRONG', {
      details: { attemptsLeft: after.attemptsLeft },
    });
  });
  // Thrown after the commit: the count of wrong passwords must outlive the refusal.
  if (refusal) throw refusal;
  return { verified: true };
}
