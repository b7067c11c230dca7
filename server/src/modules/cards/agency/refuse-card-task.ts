import { recordAudit } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { closeCardTaskIfCurrent, type CardRow, type CardTaskRow } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';
import { selectOpenTaskForAgency, staffActor, type CardStaff } from './agency-card-access.ts';

/**
 * Staff refuse an open task of their agency's queue with a written reason the holder reads on the
 * card's timeline (e.g. the proof of settling abroad is missing). The card's pending request ends
 * and the holder may ask again.
 */
export async function refuseCardTask({
  db,
  staff,
  taskId,
  version,
  note,
  now = new Date(),
}: {
  db: Db;
  staff: CardStaff;
  taskId: string;
  version: number;
  note: string;
  now?: Date;
}): Promise<{ task: CardTaskRow; card: CardRow }> {
  if (note.trim().length === 0)
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          path: 'note',
          location: 'body',
          message: '请写明不予办理的原因',
          messageEn: 'Say why the request is refused',
        },
      ],
    });
  return db.transaction(async (tx) => {
    const { task, card } = await selectOpenTaskForAgency(tx, staff, { taskId, version });
    const closed = await closeCardTaskIfCurrent(tx, {
      personId: task.personId,
      id: task.id,
      version: task.version,
      status: 'refused',
      closedAt: now,
      closedById: staff.id,
      note,
    });
    if (!closed) throw new AppError('CONFLICT', { details: { version: task.version } });
    if (card.pendingRequest)
      return {
        task: closed,
        card: await recordCardAction(tx, {
          card,
          actor: staffActor(staff),
          action: 'request-refused',
          note,
          auditData: { taskId: task.id },
          now,
        }),
      };
    // No request of the holder's to answer (a formal loss task, say): the card does not change,
    // but the refusal is still the staff member's act, so it is audited all the same.
    await recordAudit(tx, {
      actor: { type: 'staff', id: staff.id },
      action: 'card-task.refused',
      subjectType: 'card',
      subjectId: card.id,
      data: { personId: card.personId, taskId: task.id, kind: task.kind },
    });
    return { task: closed, card };
  });
}
