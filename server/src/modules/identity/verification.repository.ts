import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { batchedLookup } from '../../platform/db/batched-lookup.ts';
import type { Executor } from '../../platform/db/database.ts';
import { preparedQuery } from '../../platform/db/prepared.ts';
import { citizenAccounts } from './identity.tables.ts';
import {
  counterCodes,
  realPersonConsents,
  realPersonVerifications,
} from './verification.tables.ts';

export type RealPersonConsent = typeof realPersonConsents.$inferSelect;
export type RealPersonVerification = typeof realPersonVerifications.$inferSelect;
export type CounterCode = typeof counterCodes.$inferSelect;
export type VerificationMethod = RealPersonVerification['method'];

export async function insertConsent(
  db: Executor,
  consent: typeof realPersonConsents.$inferInsert,
): Promise<void> {
  await db.insert(realPersonConsents).values(consent);
}

/** The account's latest consent for a method, if any. */
export async function findLatestConsent(
  db: Executor,
  accountId: string,
  method: VerificationMethod,
): Promise<RealPersonConsent | undefined> {
  const [row] = await db
    .select()
    .from(realPersonConsents)
    .where(and(eq(realPersonConsents.accountId, accountId), eq(realPersonConsents.method, method)))
    .orderBy(desc(realPersonConsents.givenAt))
    .limit(1);
  return row;
}

export async function insertVerification(
  db: Executor,
  verification: typeof realPersonVerifications.$inferInsert,
): Promise<void> {
  await db.insert(realPersonVerifications).values(verification);
}

/** The account's newest face authentication still waiting for its result, locked. */
export async function lockPendingFaceVerification(
  db: Executor,
  accountId: string,
): Promise<RealPersonVerification | undefined> {
  const [row] = await db
    .select()
    .from(realPersonVerifications)
    .where(
      and(
        eq(realPersonVerifications.accountId, accountId),
        eq(realPersonVerifications.method, 'face'),
        eq(realPersonVerifications.result, 'pending'),
      ),
    )
    .orderBy(desc(realPersonVerifications.startedAt))
    .limit(1)
    .for('update');
  return row;
}

export async function finishVerification(
  db: Executor,
  id: string,
  outcome: { result: 'passed' | 'failed'; score: number | null; completedAt: Date },
): Promise<void> {
  await db.update(realPersonVerifications).set(outcome).where(eq(realPersonVerifications.id, id));
}

/** When the account last passed a real-person authentication as this person, if ever. */
export async function lastPassedAt(
  db: Executor,
  accountId: string,
  personId: string,
): Promise<Date | undefined> {
  const [row] = await db
    .select({ completedAt: realPersonVerifications.completedAt })
    .from(realPersonVerifications)
    .where(
      and(
        eq(realPersonVerifications.accountId, accountId),
        eq(realPersonVerifications.personId, personId),
        eq(realPersonVerifications.result, 'passed'),
      ),
    )
    .orderBy(desc(realPersonVerifications.completedAt))
    .limit(1);
  return row?.completedAt ?? undefined;
}

// One round trip for both questions a sensitive action asks: whom the account acts as, and when
// it last passed a real-person authentication as that person — for every account asking in one
// turn of the event loop (platform/db/batched-lookup.ts).
const boundPersonsAndLastPasses = preparedQuery((db) =>
  db
    .select({
      accountId: citizenAccounts.id,
      personId: citizenAccounts.personId,
      // Spelled out: Drizzle leaves column names unqualified in a one-table select.
      passedAt: sql<Date | null>`(
        select max(v.completed_at) from real_person_verifications v
         where v.account_id = citizen_accounts.id and v.person_id = citizen_accounts.person_id
           and v.result = 'passed')`.mapWith(realPersonVerifications.completedAt),
    })
    .from(citizenAccounts)
    .where(sql`${citizenAccounts.id} = any(${sql.placeholder('accountIds')})`)
    .prepare('identity_bound_persons_and_last_passes'),
);
const boundPersonAndLastPass = batchedLookup(async (db, accountIds: readonly string[]) => {
  const rows = await boundPersonsAndLastPasses(db).execute({ accountIds });
  return new Map(rows.map(({ accountId, ...row }) => [accountId, row]));
});

/**
 * The person the account is bound to (null when none) and when the account last passed a
 * real-person authentication as that person (null when never); undefined without such an account.
 */
export async function findBoundPersonAndLastPass(
  db: Executor,
  accountId: string,
): Promise<{ personId: string | null; passedAt: Date | null } | undefined> {
  return boundPersonAndLastPass(db, accountId);
}

export async function insertCounterCode(
  db: Executor,
  code: typeof counterCodes.$inferInsert,
): Promise<void> {
  await db.insert(counterCodes).values(code);
}

/** The person's newest unused, unexpired counter code, locked for this transaction. */
export async function lockLatestOpenCounterCode(
  db: Executor,
  personId: string,
  now: Date,
): Promise<CounterCode | undefined> {
  const [row] = await db
    .select()
    .from(counterCodes)
    .where(
      and(
        eq(counterCodes.personId, personId),
        isNull(counterCodes.consumedAt),
        gt(counterCodes.expiresAt, now),
      ),
    )
    .orderBy(desc(counterCodes.createdAt))
    .limit(1)
    .for('update');
  return row;
}

export async function recordCounterCodeFailure(db: Executor, id: string): Promise<number> {
  const [row] = await db
    .update(counterCodes)
    .set({ failedAttempts: sql`${counterCodes.failedAttempts} + 1` })
    .where(eq(counterCodes.id, id))
    .returning({ failedAttempts: counterCodes.failedAttempts });
  return row?.failedAttempts ?? 0;
}

export async function consumeCounterCode(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(counterCodes).set({ consumedAt: now }).where(eq(counterCodes.id, id));
}
