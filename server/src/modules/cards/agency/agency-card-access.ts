import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import {
  selectCardForUpdate,
  selectCardTaskForUpdate,
  type CardRow,
  type CardTaskRow,
} from '../cards.repository.ts';

/** Agency staff acting on cards: their account and the agency (city-level region) they serve. */
export interface CardStaff {
  id: string;
  agencyRegionCode: string;
}

/** The card actor of a staff member. */
export const staffActor = (staff: CardStaff) =>
  ({ type: 'staff', id: staff.id, agencyRegionCode: staff.agencyRegionCode }) as const;

/**
 * A card the staff member's agency issued, locked for the transaction, at the version the staff
 * page showed. A card of another agency answers CARD_NOT_FOUND (SECURITY.md: 404, never 403).
 */
export async function selectCardForAgency(
  tx: Tx,
  staff: CardStaff,
  ref: { personId: string; cardId: string; version: number },
): Promise<CardRow> {
  const card = await selectCardForUpdate(tx, ref.personId, ref.cardId);
  if (!card || card.issuingRegionCode !== staff.agencyRegionCode)
    throw new AppError('CARD_NOT_FOUND');
  if (card.version !== ref.version)
    throw new AppError('CONFLICT', { details: { version: card.version } });
  return card;
}

/**
 * An open task in the staff member's agency queue with its card, both locked, the task at the
 * version the page showed. Another agency's task answers CARD_TASK_NOT_FOUND; a closed or changed
 * one CONFLICT.
 */
export async function selectOpenTaskForAgency(
  tx: Tx,
  staff: CardStaff,
  ref: { taskId: string; version: number },
): Promise<{ task: CardTaskRow; card: CardRow }> {
  const task = await selectCardTaskForUpdate(tx, ref.taskId);
  if (!task || task.agencyRegionCode !== staff.agencyRegionCode)
    throw new AppError('CARD_TASK_NOT_FOUND');
  if (task.status !== 'open' || task.version !== ref.version)
    throw new AppError('CONFLICT', { details: { version: task.version, status: task.status } });
  const card = await selectCardForUpdate(tx, task.personId, task.cardId);
  if (!card) throw new Error(`task ${task.id} names no card`);
  return { task, card };
}
