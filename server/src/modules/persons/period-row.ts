import type { InsuredAs } from '../../../../domain/transfer/types.ts';
import { newId } from '../../platform/ids.ts';
import type { NewPeriodRow } from './persons.repository.ts';

/** A contribution period as entered: the region defaults to the relationship's. */
export interface EnteredPeriod {
  regionCode?: string;
  from: string;
  to: string;
  monthlyBaseFen: number;
  employerRateBp: number;
  insuredAs: InsuredAs;
  deemed?: boolean;
  backPaidOn?: string | null;
}

/** The row of a period held by a relationship, which gives it its account kind. */
export function toPeriodRow(
  relationship: {
    personId: string;
    id: string;
    regionCode: string;
    accountKind: NewPeriodRow['accountKind'];
  },
  period: EnteredPeriod,
): NewPeriodRow {
  return {
    id: newId(),
    personId: relationship.personId,
    relationshipId: relationship.id,
    regionCode: period.regionCode ?? relationship.regionCode,
    fromMonth: period.from,
    toMonth: period.to,
    monthlyBaseFen: period.monthlyBaseFen,
    employerRateBp: period.employerRateBp,
    insuredAs: period.insuredAs,
    accountKind: relationship.accountKind,
    deemed: period.deemed ?? false,
    backPaidOn: period.backPaidOn ?? null,
  };
}
