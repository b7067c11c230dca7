import {
  applyCardAction,
  IllegalCardTransitionError,
  type CancellationReasonCode,
  type CardActionKind,
} from '../../../../domain/cards/index.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { emitEvent } from '../../platform/events/index.ts';
import { newId } from '../../platform/ids.ts';
import { auditActorOf, type CardActor } from './card-actor.ts';
import { cardColumnsOf, cardStateOf } from './card-row-state.ts';
import {
  closeOpenCardTasksAsObsolete,
  insertCardAction,
  updateCardIfCurrent,
  type CardRow,
} from './cards.repository.ts';

/**
 * The one way a card changes: the domain's state machine decides whether `action` may follow
 * (else 409 CARD_ACTION_NOT_ALLOWED naming the status), the new state is written only over the
 * version that was read (else 409 CONFLICT), and the action, the `card.<action>` event and the
 * audit entry are written in the same transaction.
 */
export async function recordCardAction(
  tx: Tx,
  {
    card,
    actor,
    action,
    reason = null,
    note = null,
    temporaryLossEndsAt = null,
    auditData = {},
    now = new Date(),
  }: {
    card: CardRow;
    actor: CardActor;
    action: CardActionKind;
    reason?: CancellationReasonCode | null;
    note?: string | null;
    /** When the report ends, for a temporary loss report. */
    temporaryLossEndsAt?: Date | null;
    /** More facts for the audit entry (ids only, never personal data). */
    auditData?: Record<string, unknown>;
    now?: Date;
  },
): Promise<CardRow> {
  let next;
  try {
    next = applyCardAction(cardStateOf(card), { action, reason });
  } catch (error) {
    if (!(error instanceof IllegalCardTransitionError)) throw error;
    throw new AppError('CARD_ACTION_NOT_ALLOWED', {
      details: { status: card.status, pendingRequest: card.pendingRequest, why: error.why },
    });
  }
  const endsAt =
    next.status === 'temporary-loss'
      ? card.status === 'temporary-loss'
        ? card.temporaryLossEndsAt
        : temporaryLossEndsAt
      : null;
  if (next.status === 'temporary-loss' && !endsAt)
    throw new Error('a temporary loss report needs its end');
  const updated = await updateCardIfCurrent(tx, {
    personId: card.personId,
    id: card.id,
    version: card.version,
    set: { ...cardColumnsOf(next), temporaryLossEndsAt: endsAt },
  });
  if (!updated) throw new AppError('CONFLICT', { details: { version: card.version } });
  await insertCardAction(tx, {
    id: newId(now.getTime()),
    personId: card.personId,
    cardId: card.id,
    seq: updated.version,
    action,
    actorType: actor.type,
    actorId: actor.id,
    at: now,
    reasonCode: reason,
    note,
    agencyRegionCode: actor.type === 'staff' ? actor.agencyRegionCode : null,
  });
  // A cancelled card needs no more work: a task still open for it (a replacement asked for before
  // the holder died, say) leaves the queue. A task being completed is closed before this.
  const obsoleteTasks =
    updated.status === 'cancelled'
      ? await closeOpenCardTasksAsObsolete(tx, {
          personId: card.personId,
          cardId: card.id,
          closedAt: now,
          closedById: actor.id,
        })
      : [];
  await emitEvent(tx, {
    name: `card.${action}`,
    payload: {
      cardId: card.id,
      personId: card.personId,
      issuingRegionCode: card.issuingRegionCode,
      status: updated.status,
      reasonCode: reason,
    },
  });
  // Last: the audit chain's lock is then held only for its own entry and the commit.
  await recordAudit(tx, {
    actor: auditActorOf(actor),
    action: `card.${action}`,
    subjectType: 'card',
    subjectId: card.id,
    data: {
      personId: card.personId,
      from: card.status,
      to: updated.status,
      version: updated.version,
      ...(reason ? { reason } : {}),
      ...(obsoleteTasks.length > 0 ? { obsoleteTasks } : {}),
      ...auditData,
    },
  });
  return updated;
}
