import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { batchedLookup } from '../../../platform/db/batched-lookup.ts';
import type { Executor, Tx } from '../../../platform/db/database.ts';
import { preparedQuery } from '../../../platform/db/prepared.ts';
import { cards } from '../cards.tables.ts';
import { ecardLossAuthorisations, ecards } from './ecards.tables.ts';

export type EcardRow = typeof ecards.$inferSelect;
export type LossAuthorisationRow = typeof ecardLossAuthorisations.$inferSelect;

/** Inserts the e-card of a card; undefined when the card has one already (one-to-one). */
export async function insertEcard(tx: Tx, row: EcardRow): Promise<EcardRow | undefined> {
  const [inserted] = await tx
    .insert(ecards)
    .values(row)
    .onConflictDoNothing({ target: [ecards.personId, ecards.cardId] })
    .returning();
  return inserted;
}

/** The person's e-card with this id. */
export async function selectEcard(
  db: Executor,
  personId: string,
  id: string,
): Promise<EcardRow | undefined> {
  const [row] = await db
    .select()
    .from(ecards)
    .where(and(eq(ecards.personId, personId), eq(ecards.id, id)));
  return row;
}

/** The e-card of a card, if it has one. */
export async function selectEcardOfCard(
  db: Executor,
  personId: string,
  cardId: string,
): Promise<EcardRow | undefined> {
  const [row] = await db
    .select()
    .from(ecards)
    .where(and(eq(ecards.personId, personId), eq(ecards.cardId, cardId)));
  return row;
}

/**
 * The end of the live authorisation for the card's current temporary loss report, in SQL: only
 * for a card under such a report, only an authorisation given for that very report (its end was
 * fixed when it was made), not revoked and — when `now` is given — not past.
 */
const lossAuthorisedUntil = (
  now?: unknown,
) => sql<Date | null>`case when ${cards.status} = 'temporary-loss' then (
  select max(a.expires_at) from ${ecardLossAuthorisations} a
   where a.person_id = ${ecards.personId} and a.ecard_id = ${ecards.id}
     and a.loss_ends_at = ${cards.temporaryLossEndsAt} and a.revoked_at is null
     ${now === undefined ? sql`` : sql`and a.expires_at > ${now}`}) end`;

// Every QR code a hospital or office scans reads its card's state: the verifications of one turn
// of the event loop share one query (platform/db/batched-lookup.ts), keyed "personId ecardId".
// The authorisation's end is compared with each verification's own time afterwards.
const verificationStates = preparedQuery((db) =>
  db
    .select({
      personId: ecards.personId,
      ecardId: ecards.id,
      cardStatus: cards.status,
      issuingRegionCode: cards.issuingRegionCode,
      lossAuthorisationEnd: lossAuthorisedUntil(),
    })
    .from(ecards)
    .innerJoin(cards, and(eq(cards.personId, ecards.personId), eq(cards.id, ecards.cardId)))
    .where(
      sql`(${ecards.personId}, ${ecards.id}) in (
        select * from unnest(${sql.placeholder('personIds')}::uuid[], ${sql.placeholder('ecardIds')}::uuid[]))`,
    )
    .prepare('ecards_verification_states'),
);
const verificationState = batchedLookup(async (db, keys: readonly string[]) => {
  const pairs = keys.map((key) => key.split(' '));
  const rows = await verificationStates(db).execute({
    personIds: pairs.map(([personId]) => personId),
    ecardIds: pairs.map(([, ecardId]) => ecardId),
  });
  return new Map(rows.map((row) => [`${row.personId} ${row.ecardId}`, row]));
});

/**
 * What a verification needs, in one statement by primary key: the physical card's state now, its
 * region, and whether the holder's authorisation covers a temporary loss report.
 */
export async function selectVerificationState(
  db: Executor,
  reference: { personId: string; ecardId: string },
  now: Date,
): Promise<
  | {
      cardStatus: (typeof cards.$inferSelect)['status'];
      issuingRegionCode: string;
      lossAuthorisedUntil: Date | null;
    }
  | undefined
> {
  const row = await verificationState(db, `${reference.personId} ${reference.ecardId}`);
  if (!row) return undefined;
  // Drizzle reads timestamps as text and converts only its table columns, not an expression.
  const end = row.lossAuthorisationEnd as Date | string | null;
  const until = end === null ? null : new Date(end);
  return {
    cardStatus: row.cardStatus,
    issuingRegionCode: row.issuingRegionCode,
    lossAuthorisedUntil: until !== null && until > now ? until : null,
  };
}

/** An e-card with its physical card's state, as the holder's pages and the QR code read it. */
export interface EcardInUse {
  ecard: EcardRow;
  card: Pick<
    typeof cards.$inferSelect,
    'status' | 'issuingRegionCode' | 'cardNumberEncrypted' | 'temporaryLossEndsAt' | 'locked'
  >;
  lossAuthorisedUntil: Date | null;
}

/** The e-cards of these people (the holder and the family they may act for), newest first. */
export async function selectEcardsInUse(
  db: Executor,
  personIds: readonly string[],
  now: Date,
  ecardId?: string,
): Promise<EcardInUse[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({
      ecard: ecards,
      status: cards.status,
      issuingRegionCode: cards.issuingRegionCode,
      cardNumberEncrypted: cards.cardNumberEncrypted,
      temporaryLossEndsAt: cards.temporaryLossEndsAt,
      locked: cards.locked,
      lossAuthorisedUntil: lossAuthorisedUntil(now.toISOString()),
    })
    .from(ecards)
    .innerJoin(cards, and(eq(cards.personId, ecards.personId), eq(cards.id, ecards.cardId)))
    .where(
      and(
        inArray(ecards.personId, [...personIds]),
        ecardId === undefined ? undefined : eq(ecards.id, ecardId),
      ),
    )
    .orderBy(desc(ecards.issuedAt), desc(ecards.id));
  return rows.map(({ ecard, lossAuthorisedUntil: until, ...card }) => ({
    ecard,
    card,
    // As above: an expression's timestamp is text.
    lossAuthorisedUntil: until === null ? null : new Date(until as Date | string),
  }));
}

export async function insertLossAuthorisation(
  tx: Tx,
  row: LossAuthorisationRow,
): Promise<LossAuthorisationRow> {
  const [inserted] = await tx.insert(ecardLossAuthorisations).values(row).returning();
  return inserted!;
}

/** Revokes every live authorisation of the e-card; the ids revoked. */
export async function revokeLossAuthorisations(
  tx: Tx,
  change: { personId: string; ecardId: string; now: Date },
): Promise<string[]> {
  const revoked = await tx
    .update(ecardLossAuthorisations)
    .set({ revokedAt: change.now })
    .where(
      and(
        eq(ecardLossAuthorisations.personId, change.personId),
        eq(ecardLossAuthorisations.ecardId, change.ecardId),
        isNull(ecardLossAuthorisations.revokedAt),
        gt(ecardLossAuthorisations.expiresAt, change.now),
      ),
    )
    .returning({ id: ecardLossAuthorisations.id });
  return revoked.map((row) => row.id);
}
