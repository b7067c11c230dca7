import type { Db, Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { requireFreshRealPersonAuthentication } from '../../identity/index.ts';
import { selectCardForUpdate, type CardRow } from '../cards.repository.ts';

/** What every change a holder makes to a card starts from. */
export interface HolderCardChange {
  db: Db;
  accountId: string;
  /** REAL_PERSON_AUTH_FRESH_MINUTES. */
  freshMinutes: number;
  cardId: string;
  /** The version the holder last saw. */
  version: number;
  now?: Date;
}

/**
 * Runs a holder's change to one of their cards: a sensitive action, so it needs a fresh
 * real-person authentication (SECURITY.md: "cancel or report a card"); the card is read locked
 * and must be the holder's (another person's answers CARD_NOT_FOUND and changes nothing) and still
 * at the version they saw (CONFLICT otherwise). `change` then writes in the same transaction.
 */
export async function changeCardAsHolder<Result>(
  { db, accountId, freshMinutes, cardId, version, now = new Date() }: HolderCardChange,
  change: (tx: Tx, card: CardRow, actor: { type: 'citizen'; id: string }) => Promise<Result>,
): Promise<Result> {
  const { personId } = await requireFreshRealPersonAuthentication({
    db,
    accountId,
    withinMinutes: freshMinutes,
    now,
  });
  return db.transaction(async (tx) => {
    const card = await selectCardForUpdate(tx, personId, cardId);
    if (!card) throw new AppError('CARD_NOT_FOUND');
    if (card.version !== version)
      throw new AppError('CONFLICT', { details: { version: card.version } });
    return change(tx, card, { type: 'citizen', id: accountId });
  });
}
