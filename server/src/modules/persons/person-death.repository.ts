import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { persons } from './persons.tables.ts';

/**
 * Records the person as deceased on `deceasedOn` if they are still alive: one UPDATE that only a
 * living person's row passes, so two reports of one death at once change it once. The row's new
 * version, or undefined when there is no such person or the death is recorded already.
 */
export async function updatePersonDeceased(
  tx: Tx,
  change: { personId: string; deceasedOn: string },
): Promise<{ version: number } | undefined> {
  const [row] = await tx
    .update(persons)
    .set({
      status: 'deceased',
      deceasedOn: change.deceasedOn,
      version: sql`${persons.version} + 1`,
    })
    .where(and(eq(persons.id, change.personId), eq(persons.status, 'alive')))
    .returning({ version: persons.version });
  return row;
}
