import { sql } from 'drizzle-orm';
import { batchedLookup } from '../../../platform/db/batched-lookup.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { preparedQuery } from '../../../platform/db/prepared.ts';
import { citizenAccounts } from '../identity.tables.ts';

// Nearly every request of a signed-in citizen asks whom the account acts for: the questions of
// one turn of the event loop share one prepared query (platform/db/batched-lookup.ts).
const boundPersonsOfAccounts = preparedQuery((db) =>
  db
    .select({ accountId: citizenAccounts.id, personId: citizenAccounts.personId })
    .from(citizenAccounts)
    .where(sql`${citizenAccounts.id} = any(${sql.placeholder('accountIds')})`)
    .prepare('identity_bound_persons_of_accounts'),
);
const findBoundPerson = batchedLookup(async (db, accountIds: readonly string[]) => {
  const rows = await boundPersonsOfAccounts(db).execute({ accountIds });
  return new Map(rows.map((row) => [row.accountId, row.personId]));
});

/** The id of the person the citizen account is bound to, or null when it is bound to none. */
export async function findBoundPersonId({
  db,
  accountId,
}: {
  db: Executor;
  accountId: string;
}): Promise<string | null> {
  return (await findBoundPerson(db, accountId)) ?? null;
}
