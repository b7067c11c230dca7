import { recordAudit } from '../../../../platform/audit/index.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../../platform/events/index.ts';
import { newId } from '../../../../platform/ids.ts';
import { requireFreshRealPersonAuthentication } from '../../../identity/index.ts';
import { selectCardForUpdate } from '../../cards.repository.ts';
import {
  insertLossAuthorisation,
  revokeLossAuthorisations,
  type LossAuthorisationRow,
} from '../ecards.repository.ts';
import { manageEcard } from './manage-ecard.ts';

/**
 * The holder's explicit authorisation to use the e-card while the card is under a temporary loss
 * report (DOMAIN.md §6), after a fresh real-person authentication: for `minutes`, never past the
 * report's end, and only for this report (an unblock and a new report need a new one). The card
 * is read locked, so an unblock or a cancellation is either seen or waits. Audited and announced
 * as `ecard.loss-authorised`.
 */
export async function authoriseEcardDuringLoss({
  db,
  accountId,
  freshMinutes,
  ecardId,
  minutes,
  now = new Date(),
}: {
  db: Db;
  accountId: string;
  freshMinutes: number;
  ecardId: string;
  minutes: number;
  now?: Date;
}): Promise<LossAuthorisationRow> {
  await requireFreshRealPersonAuthentication({ db, accountId, withinMinutes: freshMinutes, now });
  return manageEcard({ db, accountId, ecardId, now }, async (tx, ecard) => {
    const card = await selectCardForUpdate(tx, ecard.personId, ecard.cardId);
    if (card?.status !== 'temporary-loss' || card.temporaryLossEndsAt === null)
      throw new AppError('ECARD_NO_TEMPORARY_LOSS', { details: { status: card?.status } });
    const wanted = now.getTime() + minutes * 60_000;
    const authorisation = await insertLossAuthorisation(tx, {
      id: newId(now.getTime()),
      personId: ecard.personId,
      ecardId: ecard.id,
      lossEndsAt: card.temporaryLossEndsAt,
      authorisedAt: now,
      expiresAt: new Date(Math.min(wanted, card.temporaryLossEndsAt.getTime())),
      authorisedByAccountId: accountId,
      revokedAt: null,
    });
    await emitEvent(tx, {
      name: 'ecard.loss-authorised',
      payload: {
        ecardId: ecard.id,
        personId: ecard.personId,
        expiresAt: authorisation.expiresAt.toISOString(),
      },
    });
    await recordAudit(tx, {
      actor: { type: 'citizen', id: accountId },
      action: 'ecard.loss-authorised',
      subjectType: 'ecard',
      subjectId: ecard.id,
      data: {
        personId: ecard.personId,
        authorisationId: authorisation.id,
        expiresAt: authorisation.expiresAt.toISOString(),
      },
    });
    return authorisation;
  });
}

/**
 * Ends every live authorisation of the e-card at once (no fresh authentication: it only takes
 * a permission back). Audited and announced when there was one.
 */
export async function revokeEcardLossAuthorisation({
  db,
  accountId,
  ecardId,
  now = new Date(),
}: {
  db: Db;
  accountId: string;
  ecardId: string;
  now?: Date;
}): Promise<{ revoked: number }> {
  return manageEcard({ db, accountId, ecardId, now }, async (tx, ecard) => {
    const revoked = await revokeLossAuthorisations(tx, {
      personId: ecard.personId,
      ecardId: ecard.id,
      now,
    });
    if (revoked.length === 0) return { revoked: 0 };
    await emitEvent(tx, {
      name: 'ecard.loss-authorisation-revoked',
      payload: { ecardId: ecard.id, personId: ecard.personId },
    });
    await recordAudit(tx, {
      actor: { type: 'citizen', id: accountId },
      action: 'ecard.loss-authorisation-revoked',
      subjectType: 'ecard',
      subjectId: ecard.id,
      data: { personId: ecard.personId, authorisationIds: revoked },
    });
    return { revoked: revoked.length };
  });
}
