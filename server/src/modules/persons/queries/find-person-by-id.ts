import type { Executor } from '../../../platform/db/database.ts';
import type { PersonRecord } from '../person-record.ts';
import { selectPersonById } from '../persons.repository.ts';

/** The person with this id, if any. */
export async function findPersonById({
  db,
  personId,
}: {
  db: Executor;
  personId: string;
}): Promise<PersonRecord | undefined> {
  return selectPersonById(db, personId);
}
