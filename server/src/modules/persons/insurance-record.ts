import { insuranceSchemes, type InsuranceScheme } from '../../../../domain/schemes.ts';
import type {
  AccountKind,
  ContributionPeriod,
  InsuredAs,
  InsuredPerson,
} from '../../../../domain/transfer/types.ts';
import type { PersonRecord } from './person-record.ts';

export type RelationshipStatus = 'contributing' | 'suspended' | 'terminated' | 'drawing-pension';

/** A contribution period as recorded: the calculator's shape plus its id and any back payment. */
export interface RecordedContributionPeriod extends ContributionPeriod {
  readonly id: string;
  readonly deemed: boolean;
  /** The day a lump-sum back payment (补缴) of these months was made; null when paid on time. */
  readonly backPaidOn: string | null;
}

/** One insurance relationship (参保关系) with the agency of one region, and its periods. */
export interface InsuranceRelationshipRecord {
  readonly id: string;
  readonly scheme: InsuranceScheme;
  readonly regionCode: string;
  readonly status: RelationshipStatus;
  readonly accountKind: AccountKind;
  readonly arrearsFen: number;
  readonly personalNumber: string | null;
  readonly startedOn: string;
  readonly endedOn: string | null;
  /** Oldest first. */
  readonly periods: readonly RecordedContributionPeriod[];
}

/** Everything recorded for one scheme. */
export interface SchemeRecord {
  readonly scheme: InsuranceScheme;
  /** Oldest first. */
  readonly relationships: readonly InsuranceRelationshipRecord[];
  /** Every period of the scheme in every region, oldest first: the transfer calculator's `history`. */
  readonly history: readonly ContributionPeriod[];
}

/** A person's insurance record: what the transfer calculator needs, per scheme. */
export interface InsuranceRecord {
  readonly personId: string;
  readonly person: InsuredPerson;
  /** The schemes the person has a relationship in, in the order of `insuranceSchemes`. */
  readonly schemes: readonly SchemeRecord[];
}

/** A relationship row as the repository reads it. */
export type RelationshipRow = Omit<InsuranceRelationshipRecord, 'periods'>;

/** A period row as the repository reads it. */
export interface PeriodRow {
  readonly id: string;
  readonly relationshipId: string;
  readonly regionCode: string;
  readonly fromMonth: string;
  readonly toMonth: string;
  readonly monthlyBaseFen: number;
  readonly employerRateBp: number;
  readonly insuredAs: InsuredAs;
  readonly accountKind: AccountKind;
  readonly deemed: boolean;
  readonly backPaidOn: string | null;
}

/** A recorded period in exactly the domain's `ContributionPeriod` shape. */
export function toContributionPeriod(row: PeriodRow): ContributionPeriod {
  return {
    region: row.regionCode,
    from: row.fromMonth,
    to: row.toMonth,
    monthlyBaseFen: row.monthlyBaseFen,
    employerRateBp: row.employerRateBp,
    insuredAs: row.insuredAs,
    accountKind: row.accountKind,
    deemed: row.deemed,
  };
}

const byMonths = (a: PeriodRow, b: PeriodRow) =>
  a.fromMonth.localeCompare(b.fromMonth) || a.toMonth.localeCompare(b.toMonth);
const byStart = (a: RelationshipRow, b: RelationshipRow) =>
  a.startedOn.localeCompare(b.startedOn) || a.id.localeCompare(b.id);

/** Groups relationships and periods by scheme, oldest first, in the calculator's shape. */
export function assembleInsuranceRecord(
  person: Pick<PersonRecord, 'id' | 'sex' | 'birthDate' | 'hukouRegionCode'>,
  relationships: readonly RelationshipRow[],
  periods: readonly PeriodRow[],
): InsuranceRecord {
  const sortedPeriods = [...periods].sort(byMonths);
  const schemes = insuranceSchemes.flatMap((scheme): SchemeRecord[] => {
    const held = relationships.filter((r) => r.scheme === scheme).sort(byStart);
    if (held.length === 0) return [];
    const records = held.map((relationship) => ({
      ...relationship,
      periods: sortedPeriods
        .filter((p) => p.relationshipId === relationship.id)
        .map((p) => ({
          id: p.id,
          backPaidOn: p.backPaidOn,
          ...toContributionPeriod(p),
          deemed: p.deemed,
        })),
    }));
    const ids = new Set(held.map((r) => r.id));
    const history = sortedPeriods
      .filter((p) => ids.has(p.relationshipId))
      .map(toContributionPeriod);
    return [{ scheme, relationships: records, history }];
  });
  return {
    personId: person.id,
    person: { sex: person.sex, birthDate: person.birthDate, hukouRegion: person.hukouRegionCode },
    schemes,
  };
}
