import type { InsuranceRecord, InsuranceRelationshipRecord } from '../../persons/index.ts';
import type { ApplicationRow } from '../transfers.repository.ts';

/** What the transfer-in agency merges when it completes a transfer (DOMAIN.md §3 step 4). */
export interface MergePlan {
  /**
   * The relationships whose record moves: those at the old place that the transfer-out step
   * ended and that still hold periods.
   */
  outgoing: readonly InsuranceRelationshipRecord[];
  /**
   * The person's live relationship at the new place, which receives the record; null when there
   * is none any more (one is then opened, contributing: the person contributes there).
   */
  receiving: InsuranceRelationshipRecord | null;
}

/** The merge of a completed transfer, from the person's insurance record. */
export function mergePlanOf(
  record: InsuranceRecord,
  application: Pick<ApplicationRow, 'scheme' | 'fromRegionCode' | 'toRegionCode'>,
): MergePlan {
  const relationships =
    record.schemes.find((held) => held.scheme === application.scheme)?.relationships ?? [];
  return {
    outgoing: relationships.filter(
      (r) =>
        r.regionCode === application.fromRegionCode &&
        r.status === 'terminated' &&
        r.periods.length > 0,
    ),
    receiving:
      relationships.find(
        (r) => r.regionCode === application.toRegionCode && r.status !== 'terminated',
      ) ?? null,
  };
}
