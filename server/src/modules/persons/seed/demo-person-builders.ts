// The shape of the demo population and the small helpers that keep its definitions readable.
import { computeCitizenIdCheckCharacter } from '../../../../../domain/identifiers/index.ts';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type { AccountKind, InsuredAs } from '../../../../../domain/transfer/types.ts';
import type { RelationshipStatus } from '../insurance-record.ts';

/** Months on the same terms; money in fen, the employer rate in basis points. */
export interface DemoPeriod {
  readonly from: string;
  readonly to: string;
  readonly monthlyBaseFen: number;
  readonly employerRateBp: number;
  readonly insuredAs: InsuredAs;
  readonly deemed?: boolean;
  /** Where the months were paid, when not the relationship's region (a merged record). */
  readonly regionCode?: string;
  readonly backPaidOn?: string;
}

export interface DemoRelationship {
  readonly scheme: InsuranceScheme;
  readonly regionCode: string;
  readonly status: RelationshipStatus;
  readonly accountKind?: AccountKind;
  readonly arrearsFen?: number;
  readonly startedOn: string;
  readonly endedOn?: string;
  readonly periods: readonly DemoPeriod[];
}

/** What the transfer calculator answers for the demo move (checked by the tests). */
export type DemoExpectation =
  | { readonly temporaryAccount: boolean; readonly benefitRegion: string }
  /** The calculator refuses the history and asks the person to resolve it. */
  | { readonly refusedWith: 'DUPLICATE_INSURANCE' };

/** The employee-pension transfer a person's story is about. */
export interface DemoMove {
  readonly from: string;
  readonly to: string;
  /** An approved official transfer (经组织批准调动), exempt from the 50/40 rule. */
  readonly officialTransfer?: boolean;
  readonly expected: DemoExpectation;
}

/** One fictional person of the demo population. */
export interface DemoPerson {
  /** A stable handle for tests and documentation. */
  readonly key: string;
  readonly name: string;
  readonly nameEn: string;
  /** Fictional, but check-digit valid, with a real address code and the person's birth date. */
  readonly citizenId: string;
  /** Fictional: the 140 segment is not used for personal mobile phones. */
  readonly phone: string;
  readonly hukouRegionCode: string;
  readonly story: { readonly zh: string; readonly en: string };
  /** The rules of DOMAIN.md §3 the story shows. */
  readonly rules: readonly string[];
  readonly deceasedOn?: string;
  readonly move?: DemoMove;
  /**
   * The person has an open transfer application for this scheme: the transfers module's demo
   * seed creates it from this flag.
   */
  readonly openApplication?: { readonly scheme: InsuranceScheme; readonly submittedOn: string };
  readonly relationships: readonly DemoRelationship[];
}

/** The day the demo's transfer questions are asked; the records run to the month before. */
export const DEMO_TRANSFER_DATE = '2026-11-16';

/** An 18-character ID number: address code, birth date `YYYYMMDD`, sequence (odd = male) + check. */
export function demoCitizenId(addressCode: string, birthDate: string, sequence: string): string {
  const first17 = `${addressCode}${birthDate}${sequence}`;
  return first17 + computeCitizenIdCheckCharacter(first17);
}

/** Months paid as an employee: the base in whole yuan, the employer rate in percent. */
export function employee(
  from: string,
  to: string,
  baseYuan: number,
  ratePercent: number,
  extra: Partial<DemoPeriod> = {},
): DemoPeriod {
  return {
    from,
    to,
    monthlyBaseFen: baseYuan * 100,
    employerRateBp: Math.round(ratePercent * 100),
    insuredAs: 'employee',
    ...extra,
  };
}

/**
 * Months paid as a flexible worker (灵活就业人员): 20% of the chosen base, of which 12% goes to the
 * pooled fund — recorded as the "employer" rate — and 8% to the individual account.
 */
export function individual(from: string, to: string, baseYuan: number): DemoPeriod {
  return {
    from,
    to,
    monthlyBaseFen: baseYuan * 100,
    employerRateBp: 1200,
    insuredAs: 'individual',
  };
}

/** Months deemed paid (视同缴费年限): state employment before personal contributions began. */
export function deemed(from: string, to: string): DemoPeriod {
  return { from, to, monthlyBaseFen: 0, employerRateBp: 0, insuredAs: 'employee', deemed: true };
}

/** A relationship of the employee basic pension. */
export function pension(
  regionCode: string,
  status: RelationshipStatus,
  startedOn: string,
  periods: readonly DemoPeriod[],
  extra: Partial<DemoRelationship> = {},
): DemoRelationship {
  return { scheme: 'employee-pension', regionCode, status, startedOn, periods, ...extra };
}

/** A relationship of basic medical insurance. */
export function medical(
  regionCode: string,
  status: RelationshipStatus,
  startedOn: string,
  periods: readonly DemoPeriod[],
): DemoRelationship {
  return { scheme: 'medical', regionCode, status, startedOn, periods };
}
