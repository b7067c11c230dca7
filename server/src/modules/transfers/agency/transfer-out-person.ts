import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import {
  findPersonById,
  getInsuranceRecord,
  type InsuranceRecord,
  type PersonRecord,
} from '../../persons/index.ts';

/**
 * The applicant and their insurance record, read in the step's transaction one statement at a
 * time (a transaction is one connection).
 */
export async function personWithRecord(
  tx: Executor,
  personId: string,
): Promise<{ person: PersonRecord; record: InsuranceRecord }> {
  const person = await findPersonById({ db: tx, personId });
  if (!person) throw new AppError('PERSON_NOT_FOUND');
  return { person, record: await getInsuranceRecord({ db: tx, personId }) };
}
