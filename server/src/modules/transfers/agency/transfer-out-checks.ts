import { AppError } from '../../../platform/errors/app-error.ts';
import type { InsuranceRecord, InsuranceRelationshipRecord } from '../../persons/index.ts';
import type { ApplicationRow } from '../transfers.repository.ts';

/**
 * The relationship the transfer-out agency moves (DOMAIN.md §3 step 3, "checks"): the person's
 * live relationship for the scheme at the old place, which must be suspended (no longer
 * contributing; 409 OLD_ACCOUNT_NOT_SUSPENDED otherwise) and owe nothing (422
 * ARREARS_AT_OLD_PLACE). None at all: 422 NO_RECORD_AT_OLD_PLACE. The same preconditions as at
 * submission (domain/transfer/eligibility.ts), checked again because the records may have
 * changed since.
 */
export function relationshipToTransferOut(
  record: InsuranceRecord,
  application: Pick<ApplicationRow, 'scheme' | 'fromRegionCode'>,
): InsuranceRelationshipRecord {
  const relationship = record.schemes
    .find((held) => held.scheme === application.scheme)
    ?.relationships.find(
      (r) => r.regionCode === application.fromRegionCode && r.status !== 'terminated',
    );
  if (!relationship) throw new AppError('NO_RECORD_AT_OLD_PLACE');
  if (relationship.status !== 'suspended')
    throw new AppError('OLD_ACCOUNT_NOT_SUSPENDED', { details: { status: relationship.status } });
  if (relationship.arrearsFen > 0)
    throw new AppError('ARREARS_AT_OLD_PLACE', {
      details: { arrearsFen: relationship.arrearsFen },
    });
  return relationship;
}
