import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { hashCardPassword } from '../card-password.ts';
import { upsertCardPassword, type CardRow } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';
import { selectCardForAgency, staffActor, type CardStaff } from './agency-card-access.ts';

/**
 * Staff reset the service password of a locked card at the counter (the holder proves who they
 * are there and types the new password): the lock and the count of wrong passwords are cleared.
 */
export async function resetCardPassword({
  db,
  cipher,
  staff,
  personId,
  cardId,
  version,
  password,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  staff: CardStaff;
  personId: string;
  cardId: string;
  version: number;
  password: string;
  now?: Date;
}): Promise<CardRow> {
  return db.transaction(async (tx) => {
    const card = await selectCardForAgency(tx, staff, { personId, cardId, version });
    const reset = await recordCardAction(tx, {
      card,
      actor: staffActor(staff),
      action: 'password-reset',
      now,
    });
    await upsertCardPassword(tx, {
      personId,
      cardId,
      passwordHash: hashCardPassword(cipher, cardId, password),
      changedAt: now,
    });
    return reset;
  });
}
