import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { assembleInsuranceRecord, type InsuranceRecord } from '../insurance-record.ts';
import { selectPeriods, selectPersonById, selectRelationships } from '../persons.repository.ts';

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
  const person = await selectPersonById(db, personId);
  if (!person) throw new AppError('PERSON_NOT_FOUND');
  const [relationships, periods] = await Promise.all([
    selectRelationships(db, personId),
    selectPeriods(db, personId),
  ]);
  return assembleInsuranceRecord(person, relationships, periods);
}
