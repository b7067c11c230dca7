import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { assembleInsuranceRecord, type InsuranceRecord } from '../insurance-record.ts';
import type { PersonRecord } from '../person-record.ts';
import { selectPersonWithRecordRows } from '../persons.repository.ts';

/**
 * A person's insurance record: their relationships per scheme with their contribution periods,
 * and each scheme's whole history in the shape the transfer calculator takes (domain/transfer),
 * so that it can run on the person's own record. PERSON_NOT_FOUND when there is no such person.
 */
export async function getInsuranceRecord({
  db,
  personId,
}: {
  db: Executor;
  personId: string;
}): Promise<InsuranceRecord> {
  const found = await findPersonWithInsuranceRecord({ db, personId });
  if (!found) throw new AppError('PERSON_NOT_FOUND');
  return found.record;
}

/**
 * The person and their insurance record, read in one statement, or undefined when there is no
 * such person.
 */
export async function findPersonWithInsuranceRecord({
  db,
  personId,
}: {
  db: Executor;
  personId: string;
}): Promise<{ person: PersonRecord; record: InsuranceRecord } | undefined> {
  const found = await selectPersonWithRecordRows(db, personId);
  if (!found) return undefined;
  const { person, relationships, periods } = found;
  return { person, record: assembleInsuranceRecord(person, relationships, periods) };
}
