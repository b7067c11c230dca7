import type { Executor } from '../../../platform/db/database.ts';
import { findAccountById } from '../identity.repository.ts';

/** The id of the person the citizen account is bound to, or null when it is bound to none. */
export async function findBoundPersonId({
  db,
  accountId,
}: {
  db: Executor;
  accountId: string;
}): Promise<string | null> {
  return (await findAccountById(db, accountId))?.personId ?? null;
}
