import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { preparedQuery } from '../../platform/db/prepared.ts';
import { cardActions, cardKeys, cardPasswords, cards, cardTasks } from './cards.tables.ts';

export type CardRow = typeof cards.$inferSelect;
export type NewCardRow = typeof cards.$inferInsert;
export type CardActionRow = typeof cardActions.$inferSelect;
export type NewCardActionRow = typeof cardActions.$inferInsert;
export type CardTaskRow = typeof cardTasks.$inferSelect;
export type NewCardTaskRow = typeof cardTasks.$inferInsert;
export type CardPasswordRow = typeof cardPasswords.$inferSelect;

/**
 * Inserts a card with its lookup keys, in a savepoint of the caller's transaction; false (and
 * nothing written) when a key is taken: a card number or identification code collision.
 */
export async function insertCardWithKeys(
  tx: Tx,
  card: NewCardRow,
  keys: { key: string; kind: 'card-number' | 'identification-code' }[],
): Promise<boolean> {
  try {
    await tx.transaction(async (savepoint) => {
      await savepoint
        .insert(cardKeys)
        .values(keys.map((k) => ({ ...k, personId: card.personId, cardId: card.id })));
      await savepoint.insert(cards).values(card);
    });
    return true;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause ?? error;
    if ((cause as { code?: string }).code === '23505') return false;
    throw error;
  }
}

const cardOfPerson = preparedQuery((db) =>
  db
    .select()
    .from(cards)
    .where(
      and(eq(cards.personId, sql.placeholder('personId')), eq(cards.id, sql.placeholder('id'))),
    )
    .prepare('cards_card_of_person'),
);

/** The person's card with this id; another person's is not found. */
export async function selectCard(
  db: Executor,
  personId: string,
  id: string,
): Promise<CardRow | undefined> {
  const [row] = await cardOfPerson(db).execute({ personId, id });
  return row;
}

/** The person's card with this id, locked for the rest of the transaction. */
export async function selectCardForUpdate(
  tx: Tx,
  personId: string,
  id: string,
): Promise<CardRow | undefined> {
  const [row] = await tx
    .select()
    .from(cards)
    .where(and(eq(cards.personId, personId), eq(cards.id, id)))
    .for('update');
  return row;
}

const cardsOfPerson = preparedQuery((db) =>
  db
    .select()
    .from(cards)
    .where(eq(cards.personId, sql.placeholder('personId')))
    .orderBy(desc(cards.issuedOn), desc(cards.id))
    .prepare('cards_cards_of_person'),
);

/** The person's cards, newest first. */
export async function selectCardsOfPerson(db: Executor, personId: string): Promise<CardRow[]> {
  return cardsOfPerson(db).execute({ personId });
}

/** The card's actions, oldest first. */
export async function selectCardActions(
  db: Executor,
  personId: string,
  cardId: string,
): Promise<CardActionRow[]> {
  return db
    .select()
    .from(cardActions)
    .where(and(eq(cardActions.personId, personId), eq(cardActions.cardId, cardId)))
    .orderBy(asc(cardActions.seq));
}

/** The card found by its identifier's blind index, if any. */
export async function selectCardIdByKey(
  db: Executor,
  key: string,
): Promise<{ personId: string; cardId: string } | undefined> {
  const [row] = await db
    .select({ personId: cardKeys.personId, cardId: cardKeys.cardId })
    .from(cardKeys)
    .where(eq(cardKeys.key, key));
  return row;
}

/**
 * Writes the card's new state when it is still at `version`: the compare and set of optimistic
 * concurrency. Undefined when another change came first.
 */
export async function updateCardIfCurrent(
  tx: Tx,
  change: {
    personId: string;
    id: string;
    version: number;
    set: Pick<
      NewCardRow,
      | 'status'
      | 'locked'
      | 'pendingRequest'
      | 'pendingReason'
      | 'offeredCancellation'
      | 'cancellationReason'
      | 'temporaryLossEndsAt'
    >;
  },
): Promise<CardRow | undefined> {
  const [row] = await tx
    .update(cards)
    .set({ ...change.set, version: change.version + 1 })
    .where(
      and(
        eq(cards.personId, change.personId),
        eq(cards.id, change.id),
        eq(cards.version, change.version),
      ),
    )
    .returning();
  return row;
}

export async function insertCardAction(tx: Tx, row: NewCardActionRow): Promise<CardActionRow> {
  const [inserted] = await tx.insert(cardActions).values(row).returning();
  return inserted!;
}

/** Cards whose temporary loss report ended before `now`, oldest end first. */
export async function selectEndedTemporaryLosses(
  db: Executor,
  now: Date,
  limit: number,
): Promise<{ personId: string; id: string; version: number }[]> {
  return db
    .select({ personId: cards.personId, id: cards.id, version: cards.version })
    .from(cards)
    .where(and(eq(cards.status, 'temporary-loss'), lte(cards.temporaryLossEndsAt, now)))
    .orderBy(asc(cards.temporaryLossEndsAt))
    .limit(limit);
}

// --- service password ---------------------------------------------------------------------------

export async function upsertCardPassword(
  tx: Tx,
  row: { personId: string; cardId: string; passwordHash: string; changedAt: Date },
): Promise<void> {
  await tx
    .insert(cardPasswords)
    .values({ ...row, wrongInARow: 0, lockedAt: null })
    .onConflictDoUpdate({
      target: [cardPasswords.personId, cardPasswords.cardId],
      set: {
        passwordHash: row.passwordHash,
        changedAt: row.changedAt,
        wrongInARow: 0,
        lockedAt: null,
      },
    });
}

/** The card's password row, locked for the transaction: attempts on one card queue up. */
export async function selectCardPasswordForUpdate(
  tx: Tx,
  personId: string,
  cardId: string,
): Promise<CardPasswordRow | undefined> {
  const [row] = await tx
    .select()
    .from(cardPasswords)
    .where(and(eq(cardPasswords.personId, personId), eq(cardPasswords.cardId, cardId)))
    .for('update');
  return row;
}

export async function updateCardPasswordAttempts(
  tx: Tx,
  change: { personId: string; cardId: string; wrongInARow: number; lockedAt: Date | null },
): Promise<void> {
  await tx
    .update(cardPasswords)
    .set({ wrongInARow: change.wrongInARow, lockedAt: change.lockedAt })
    .where(
      and(eq(cardPasswords.personId, change.personId), eq(cardPasswords.cardId, change.cardId)),
    );
}

// --- agency tasks -------------------------------------------------------------------------------

export async function insertCardTask(tx: Tx, row: NewCardTaskRow): Promise<CardTaskRow> {
  const [inserted] = await tx.insert(cardTasks).values(row).returning();
  return inserted!;
}

/** The card's open task, if any. */
export async function selectOpenCardTask(
  db: Executor,
  personId: string,
  cardId: string,
): Promise<CardTaskRow | undefined> {
  const [row] = await db
    .select()
    .from(cardTasks)
    .where(
      and(
        eq(cardTasks.personId, personId),
        eq(cardTasks.cardId, cardId),
        eq(cardTasks.status, 'open'),
      ),
    );
  return row;
}

/** The task with this id, locked for the transaction. */
export async function selectCardTaskForUpdate(
  tx: Tx,
  id: string,
): Promise<CardTaskRow | undefined> {
  const [row] = await tx.select().from(cardTasks).where(eq(cardTasks.id, id)).for('update');
  return row;
}

/** The card's tasks, oldest first. */
export async function selectCardTasks(
  db: Executor,
  personId: string,
  cardId: string,
): Promise<CardTaskRow[]> {
  return db
    .select()
    .from(cardTasks)
    .where(and(eq(cardTasks.personId, personId), eq(cardTasks.cardId, cardId)))
    .orderBy(asc(cardTasks.requestedAt));
}

/** Closes an open task at `version`; undefined when it is closed or changed already. */
export async function closeCardTaskIfCurrent(
  tx: Tx,
  change: {
    personId: string;
    id: string;
    version: number;
    status: 'done' | 'refused';
    closedAt: Date;
    closedById: string;
    note: string | null;
    newCardId?: string | null;
  },
): Promise<CardTaskRow | undefined> {
  const [row] = await tx
    .update(cardTasks)
    .set({
      status: change.status,
      closedAt: change.closedAt,
      closedById: change.closedById,
      note: change.note,
      newCardId: change.newCardId ?? null,
      version: change.version + 1,
    })
    .where(
      and(
        eq(cardTasks.personId, change.personId),
        eq(cardTasks.id, change.id),
        eq(cardTasks.version, change.version),
        eq(cardTasks.status, 'open'),
      ),
    )
    .returning();
  return row;
}

/** Closes the card's open task, if any, as obsolete: the card was cancelled by another way. */
export async function closeOpenCardTasksAsObsolete(
  tx: Tx,
  change: { personId: string; cardId: string; closedAt: Date; closedById: string },
): Promise<string[]> {
  const closed = await tx
    .update(cardTasks)
    .set({
      status: 'obsolete',
      closedAt: change.closedAt,
      closedById: change.closedById,
      version: sql`${cardTasks.version} + 1`,
    })
    .where(
      and(
        eq(cardTasks.personId, change.personId),
        eq(cardTasks.cardId, change.cardId),
        eq(cardTasks.status, 'open'),
      ),
    )
    .returning({ id: cardTasks.id });
  return closed.map((row) => row.id);
}

/** The open tasks of an agency, oldest first (the staff queue). */
export async function selectOpenCardTasksOfAgency(
  db: Executor,
  agencyRegionCode: string,
  limit: number,
): Promise<CardTaskRow[]> {
  return db
    .select()
    .from(cardTasks)
    .where(and(eq(cardTasks.agencyRegionCode, agencyRegionCode), eq(cardTasks.status, 'open')))
    .orderBy(asc(cardTasks.requestedAt))
    .limit(limit);
}
