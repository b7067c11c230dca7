import type { ContributionPeriod, InsuredPerson } from '../../../../../domain/transfer/types.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { findBoundPersonId } from '../../identity/index.ts';
import { getInsuranceRecord } from '../../persons/index.ts';

export interface OwnCalculatorInput {
  person: InsuredPerson;
  /** The relationship a move would leave: the newest one that is no longer contributing. */
  fromRegion: string | null;
  /** Where the person contributes now, if anywhere. */
  destinationRegion: string | null;
  /** Every recorded employee-pension period, oldest first. */
  history: ContributionPeriod[];
}

/**
 * The signed-in citizen's own employee-pension record in the calculator's input shape, so that
 * the calculator page can run on what the agencies recorded instead of what the person types.
 * PERSON_NOT_BOUND until the account is bound to a person.
 */
export async function getOwnCalculatorInput({
  db,
  accountId,
}: {
  db: Db;
  accountId: string;
}): Promise<OwnCalculatorInput> {
  const personId = await findBoundPersonId({ db, accountId });
  if (personId === null) throw new AppError('PERSON_NOT_BOUND');
  const record = await getInsuranceRecord({ db, personId });
  const pension = record.schemes.find((scheme) => scheme.scheme === 'employee-pension');
  const relationships = pension?.relationships ?? [];
  const newestFirst = [...relationships].sort((a, b) => b.startedOn.localeCompare(a.startedOn));
  const current = newestFirst.find((r) => r.status === 'contributing');
  const left = newestFirst.find((r) => r.status === 'suspended' || r.status === 'terminated');
  return {
    person: record.person,
    fromRegion: left?.regionCode ?? null,
    destinationRegion: current?.regionCode ?? null,
    history: [...(pension?.history ?? [])],
  };
}
