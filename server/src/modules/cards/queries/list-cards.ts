import type { Executor } from '../../../platform/db/database.ts';
import { selectCardsOfPerson, type CardRow } from '../cards.repository.ts';

/** The person's cards, newest first. */
export async function listCards({
  db,
  personId,
}: {
  db: Executor;
  personId: string;
}): Promise<CardRow[]> {
  return selectCardsOfPerson(db, personId);
}
