import type { Db } from '../../../platform/db/database.ts';
import type { CardRow } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';
import { selectCardForAgency, staffActor, type CardStaff } from './agency-card-access.ts';

/**
 * Staff record a formal loss report (正式挂失) at the counter of the issuing agency: it cannot be
 * undone, and a replacement card follows when the holder asks for one. The note (how the holder
 * proved who they are, say) is on the card's timeline, which the holder reads too.
 */
export async function recordFormalLoss({
  db,
  staff,
  personId,
  cardId,
  version,
  note = null,
  now = new Date(),
}: {
  db: Db;
  staff: CardStaff;
  personId: string;
  cardId: string;
  version: number;
  note?: string | null;
  now?: Date;
}): Promise<CardRow> {
  return db.transaction(async (tx) => {
    const card = await selectCardForAgency(tx, staff, { personId, cardId, version });
    return recordCardAction(tx, {
      card,
      actor: staffActor(staff),
      action: 'formal-loss-reported',
      note,
      now,
    });
  });
}
