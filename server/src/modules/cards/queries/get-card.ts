import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import {
  selectCardActions,
  selectCardsOfPerson,
  selectCardTasks,
  type CardActionRow,
  type CardRow,
  type CardTaskRow,
} from '../cards.repository.ts';

/** One card with what its page shows: the history, the agency's tasks, the holder's other cards. */
export interface CardWithHistory {
  card: CardRow;
  /** Oldest first. */
  actions: CardActionRow[];
  /** Oldest first. */
  tasks: CardTaskRow[];
  /** Every card of the holder, this one included (the online cancellation rules need them). */
  cardsOfHolder: CardRow[];
}

/** One of the person's cards with its history; another person's answers CARD_NOT_FOUND. */
export async function getCard({
  db,
  personId,
  cardId,
}: {
  db: Executor;
  personId: string;
  cardId: string;
}): Promise<CardWithHistory> {
  const cardsOfHolder = await selectCardsOfPerson(db, personId);
  const card = cardsOfHolder.find((c) => c.id === cardId);
  if (!card) throw new AppError('CARD_NOT_FOUND');
  const [actions, tasks] = await Promise.all([
    selectCardActions(db, personId, cardId),
    selectCardTasks(db, personId, cardId),
  ]);
  return { card, actions, tasks, cardsOfHolder };
}
