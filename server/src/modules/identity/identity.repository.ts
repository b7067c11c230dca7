import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { preparedQuery } from '../../platform/db/prepared.ts';
import { citizenAccounts, oneTimeCodes } from './identity.tables.ts';

export type CitizenAccount = typeof citizenAccounts.$inferSelect;
export type OneTimeCode = typeof oneTimeCodes.$inferSelect;

/** When codes were sent to a phone since a moment, newest first (for the sending limits). */
export async function codeSendTimes(
  db: Executor,
  phoneIndex: string,
  since: Date,
): Promise<Date[]> {
  const rows = await db
    .select({ createdAt: oneTimeCodes.createdAt })
    .from(oneTimeCodes)
    .where(and(eq(oneTimeCodes.phoneIndex, phoneIndex), gt(oneTimeCodes.createdAt, since)))
    .orderBy(desc(oneTimeCodes.createdAt));
  return rows.map((row) => row.createdAt);
}

export async function insertCode(
  db: Executor,
  code: typeof oneTimeCodes.$inferInsert,
): Promise<void> {
  await db.insert(oneTimeCodes).values(code);
}

/** The newest unused, unexpired code for a phone and purpose, locked for this transaction. */
export async function lockLatestOpenCode(
  db: Executor,
  phoneIndex: string,
  purpose: OneTimeCode['purpose'],
  now: Date,
): Promise<OneTimeCode | undefined> {
  const [row] = await db
    .select()
    .from(oneTimeCodes)
    .where(
      and(
        eq(oneTimeCodes.phoneIndex, phoneIndex),
        eq(oneTimeCodes.purpose, purpose),
        isNull(oneTimeCodes.consumedAt),
        gt(oneTimeCodes.expiresAt, now),
      ),
    )
    .orderBy(desc(oneTimeCodes.createdAt))
    .limit(1)
    .for('update');
  return row;
}

export async function recordFailedAttempt(db: Executor, codeId: string): Promise<number> {
  const [row] = await db
    .update(oneTimeCodes)
    .set({ failedAttempts: sql`${oneTimeCodes.failedAttempts} + 1` })
    .where(eq(oneTimeCodes.id, codeId))
    .returning({ failedAttempts: oneTimeCodes.failedAttempts });
  return row?.failedAttempts ?? 0;
}

export async function consumeCode(db: Executor, codeId: string, now: Date): Promise<void> {
  await db.update(oneTimeCodes).set({ consumedAt: now }).where(eq(oneTimeCodes.id, codeId));
}

export async function findAccountByPhoneIndex(
  db: Executor,
  phoneIndex: string,
): Promise<CitizenAccount | undefined> {
  const [row] = await db
    .select()
    .from(citizenAccounts)
    .where(eq(citizenAccounts.phoneIndex, phoneIndex));
  return row;
}

// Read on every request of a signed-in citizen (which person the account acts as).
const accountById = preparedQuery((db) =>
  db
    .select()
    .from(citizenAccounts)
    .where(eq(citizenAccounts.id, sql.placeholder('id')))
    .prepare('identity_account_by_id'),
);

export async function findAccountById(
  db: Executor,
  id: string,
): Promise<CitizenAccount | undefined> {
  const [row] = await accountById(db).execute({ id });
  return row;
}

/** Creates the account for a phone, or returns the one a concurrent sign-in just created. */
export async function insertAccountOnce(
  db: Executor,
  account: typeof citizenAccounts.$inferInsert,
): Promise<CitizenAccount> {
  await db
    .insert(citizenAccounts)
    .values(account)
    .onConflictDoNothing({ target: citizenAccounts.phoneIndex });
  const created = await findAccountByPhoneIndex(db, account.phoneIndex);
  if (!created) throw new Error('citizen account vanished after insert');
  return created;
}

/** The account, locked for this transaction (binding it to a person). */
export async function lockAccount(db: Executor, id: string): Promise<CitizenAccount | undefined> {
  const [row] = await db
    .select()
    .from(citizenAccounts)
    .where(eq(citizenAccounts.id, id))
    .for('update');
  return row;
}

export async function findAccountByPersonId(
  db: Executor,
  personId: string,
): Promise<CitizenAccount | undefined> {
  const [row] = await db
    .select()
    .from(citizenAccounts)
    .where(eq(citizenAccounts.personId, personId));
  return row;
}

/** Binds an account to a person; false when another account took the person first. */
export async function bindAccountToPerson(
  db: Executor,
  accountId: string,
  personId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(citizenAccounts)
    .set({ personId, boundAt: now })
    .where(
      and(
        eq(citizenAccounts.id, accountId),
        isNull(citizenAccounts.personId),
        sql`not exists (select 1 from citizen_accounts other where other.person_id = ${personId})`,
      ),
    )
    .returning({ id: citizenAccounts.id });
  return rows.length === 1;
}
