import { canIssueEcard } from '../../../../../../domain/cards/ecard-usability.ts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../../platform/events/index.ts';
import { newId } from '../../../../platform/ids.ts';
import { selectCardForUpdate } from '../../cards.repository.ts';
import { insertEcard, selectEcardOfCard, type EcardRow } from '../ecards.repository.ts';

/**
 * Issues the e-card of one of `personId`'s cards in the caller's transaction: the card is read
 * locked (a cancellation waits, or comes first and is seen), must not be cancelled
 * (ECARD_CARD_CANCELLED) and must have no e-card yet (ECARD_ALREADY_ISSUED, with its id). Audited
 * and announced as `ecard.issued`.
 */
export async function issueEcard(
  tx: Tx,
  {
    personId,
    cardId,
    accountId,
    onBehalfOfMinor,
    now,
  }: {
    personId: string;
    cardId: string;
    /** The account that applied. */
    accountId: string;
    /** A guardian applying for a minor family member. */
    onBehalfOfMinor: boolean;
    now: Date;
  },
): Promise<EcardRow> {
  const card = await selectCardForUpdate(tx, personId, cardId);
  if (!card) throw new AppError('CARD_NOT_FOUND');
  if (!canIssueEcard(card.status)) throw new AppError('ECARD_CARD_CANCELLED');
  const ecard = await insertEcard(tx, {
    id: newId(now.getTime()),
    personId,
    cardId,
    issuedAt: now,
    appliedByAccountId: accountId,
  });
  if (!ecard) {
    const existing = await selectEcardOfCard(tx, personId, cardId);
    throw new AppError('ECARD_ALREADY_ISSUED', { details: { ecardId: existing?.id } });
  }
  await emitEvent(tx, {
    name: 'ecard.issued',
    payload: { ecardId: ecard.id, cardId, personId },
  });
  await recordAudit(tx, {
    actor: { type: 'citizen', id: accountId },
    action: 'ecard.issued',
    subjectType: 'ecard',
    subjectId: ecard.id,
    data: { personId, cardId, onBehalfOfMinor },
  });
  return ecard;
}
