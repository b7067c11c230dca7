import { todayInChina } from '../../../../../domain/china-time.ts';
import { isCancellationReasonCode } from '../../../../../domain/cards/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { issueCard } from '../commands/issue-card.ts';
import { closeCardTaskIfCurrent, type CardRow, type CardTaskRow } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';
import { selectOpenTaskForAgency, staffActor, type CardStaff } from './agency-card-access.ts';

/**
 * Staff carry out an open task of their agency's queue, in one transaction with its card's
 * actions:
 * - a cancellation: the card is cancelled with the reason the holder chose;
 * - a replacement or renewal: a new card is issued (sealed, same region, `replacesCardId`) and
 *   the old one cancelled with the reason "replacement";
 * - a formal loss report: recorded.
 * The task is closed first (at the version the page showed), so no task is left open.
 */
export async function completeCardTask({
  db,
  cipher,
  staff,
  taskId,
  version,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  staff: CardStaff;
  taskId: string;
  version: number;
  now?: Date;
}): Promise<{ task: CardTaskRow; card: CardRow; newCard: CardRow | null }> {
  return db.transaction(async (tx) => {
    const { task, card } = await selectOpenTaskForAgency(tx, staff, { taskId, version });
    const actor = staffActor(staff);
    const newCard =
      task.kind === 'replacement-issuing'
        ? await issueCard(tx, {
            cipher,
            actor,
            personId: card.personId,
            issuingRegionCode: card.issuingRegionCode,
            issuedOn: todayInChina(now),
            replacesCardId: card.id,
            now,
          })
        : null;
    const closed = await closeCardTaskIfCurrent(tx, {
      personId: task.personId,
      id: task.id,
      version: task.version,
      status: 'done',
      closedAt: now,
      closedById: staff.id,
      note: null,
      newCardId: newCard?.id ?? null,
    });
    if (!closed) throw new AppError('CONFLICT', { details: { version: task.version } });
    const auditData = { taskId: task.id, ...(newCard ? { newCardId: newCard.id } : {}) };
    if (task.kind === 'formal-loss') {
      const lost = await recordCardAction(tx, {
        card,
        actor,
        action: 'formal-loss-reported',
        auditData,
        now,
      });
      return { task: closed, card: lost, newCard };
    }
    const reason =
      task.kind === 'cancellation' && isCancellationReasonCode(task.reasonCode)
        ? task.reasonCode
        : 'replacement';
    const cancelled = await recordCardAction(tx, {
      card,
      actor,
      action: 'cancelled',
      reason,
      auditData,
      now,
    });
    return { task: closed, card: cancelled, newCard };
  });
}
