import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { ageOn } from '../../../../../domain/transfer/age.ts';
import { lumpSumBackPayments } from '../../../../../domain/transfer/back-payments.ts';
import {
  decideTransferEligibility,
  explainEligibilityReason,
  type EligibilityReasonCode,
  type EligibilityRelationship,
} from '../../../../../domain/transfer/eligibility.ts';
import type { RejectionReasonCode } from '../../../../../domain/transfer/rejection-reasons.ts';
import type { InsuranceRelationshipRecord, PersonRecord } from '../../persons/index.ts';
import {
  arrearsEvidence,
  backPaymentEvidence,
  personEvidence,
  relationshipEvidence,
  type Evidence,
  type Texts,
} from './check-evidence.ts';
import type { NamedRegion } from './region-names.ts';

export const backgroundCheckCodes = [
  'PERSON_ALIVE',
  'NOT_DRAWING_PENSION',
  'CONTRIBUTING_AT_DESTINATION',
  'RECORD_AT_OLD_PLACE',
  'OLD_ACCOUNT_SUSPENDED',
  'NO_ARREARS',
  'NOT_TEMPORARY_ACCOUNT_CASE',
  'BACK_PAYMENTS_DOCUMENTED',
] as const;
export type BackgroundCheckCode = (typeof backgroundCheckCodes)[number];

/** One automated check of a case against the person's current record, with what it saw. */
export interface BackgroundCheck {
  code: BackgroundCheckCode;
  label: Texts;
  result: 'pass' | 'fail';
  /** Why it failed, in the words the applicant was given; null when it passed. */
  explanation: Texts | null;
  /** The rejection reason that fits a failure; null when it passed. */
  suggestedRejection: RejectionReasonCode | null;
  evidence: Evidence[];
}

const definitions: Record<
  BackgroundCheckCode,
  {
    label: Texts;
    /** The eligibility reason that fails the check; null for a check of its own. */
    failsWith: EligibilityReasonCode | null;
    rejection: RejectionReasonCode;
    /** The explanation of a failed check of its own. */
    explanation?: Texts;
  }
> = {
  PERSON_ALIVE: {
    label: { zh: '参保人在世', en: 'The insured person is alive' },
    failsWith: 'PERSON_DECEASED',
    rejection: 'OTHER',
  },
  NOT_DRAWING_PENSION: {
    label: { zh: '未领取养老金', en: 'Not drawing a pension' },
    failsWith: 'DRAWING_PENSION',
    rejection: 'DRAWING_PENSION',
  },
  CONTRIBUTING_AT_DESTINATION: {
    label: { zh: '已在转入地参保缴费', en: 'Contributing at the destination' },
    failsWith: 'NOT_CONTRIBUTING_AT_DESTINATION',
    rejection: 'NOT_CONTRIBUTING_AT_DESTINATION',
  },
  RECORD_AT_OLD_PLACE: {
    label: { zh: '转出地有参保关系', en: 'A relationship at the transfer-out place' },
    failsWith: 'NO_RECORD_AT_OLD_PLACE',
    rejection: 'RECORDS_DO_NOT_MATCH',
  },
  OLD_ACCOUNT_SUSPENDED: {
    label: { zh: '转出地参保关系已中断缴费', en: 'The old relationship is suspended' },
    failsWith: 'OLD_ACCOUNT_NOT_SUSPENDED',
    rejection: 'OLD_ACCOUNT_NOT_SUSPENDED',
  },
  NO_ARREARS: {
    label: { zh: '转出地无欠费', en: 'No arrears at the transfer-out place' },
    failsWith: 'ARREARS_AT_OLD_PLACE',
    rejection: 'ARREARS',
  },
  NOT_TEMPORARY_ACCOUNT_CASE: {
    label: { zh: '不属于建立临时缴费账户的情形', en: 'Not a temporary-account case (50/40 rule)' },
    failsWith: 'TEMPORARY_ACCOUNT_CASE',
    rejection: 'TEMPORARY_ACCOUNT_CASE',
  },
  BACK_PAYMENTS_DOCUMENTED: {
    label: {
      zh: '无须法律文书的补缴（一次性补缴不足三年）',
      en: 'No lump-sum back payment of three years or more (which needs legal documents)',
    },
    failsWith: null,
    rejection: 'BACK_PAYMENT_NEEDS_DOCUMENTS',
    explanation: {
      zh: '转出地记录中有一次性补缴三年以上的缴费，转移前须核验补缴所依据的法律文书。',
      en: 'The old record has a lump-sum back payment of three years or more: the legal documents behind it must be checked before the transfer.',
    },
  },
};

// The pension-only rules (DOMAIN.md §3): a drawn pension and the 50/40 rule.
const checksOf: Record<InsuranceScheme, readonly BackgroundCheckCode[]> = {
  'employee-pension': backgroundCheckCodes,
  'resident-pension': backgroundCheckCodes.filter((c) => c !== 'NOT_TEMPORARY_ACCOUNT_CASE'),
  medical: backgroundCheckCodes.filter(
    (c) => c !== 'NOT_DRAWING_PENSION' && c !== 'NOT_TEMPORARY_ACCOUNT_CASE',
  ),
};

/**
 * The preconditions of DOMAIN.md §3 run again on the person's record as it is today, with the
 * evidence each one looked at: the domain's eligibility rules (the ones the applicant passed
 * when submitting) plus the lump-sum back payments that need legal documents.
 */
export function runBackgroundChecks({
  scheme,
  person,
  relationships,
  fromRegionCode,
  toRegionCode,
  today,
  regionName,
}: {
  scheme: InsuranceScheme;
  person: Pick<PersonRecord, 'sex' | 'birthDate' | 'hukouRegionCode' | 'status' | 'deceasedOn'>;
  /** The person's relationships in the scheme, oldest first. */
  relationships: readonly InsuranceRelationshipRecord[];
  fromRegionCode: string;
  toRegionCode: string;
  today: string;
  regionName: (code: string) => NamedRegion;
}): BackgroundCheck[] {
  const asEligibility = relationships.map((r): EligibilityRelationship => ({
    regionCode: r.regionCode,
    status: r.status,
    accountKind: r.accountKind,
    arrearsFen: r.arrearsFen,
  }));
  const answer = decideTransferEligibility({
    scheme,
    person: {
      sex: person.sex,
      birthDate: person.birthDate,
      hukouRegion: person.hukouRegionCode,
      deceased: person.status === 'deceased',
    },
    relationships: asEligibility,
    // The application exists and was submitted online: these two no longer apply.
    destination: { regionCode: toRegionCode, online: true },
    hasOpenApplication: false,
    fromRegion: fromRegionCode,
    today,
  });
  const failed = new Set(answer.reasons.map((r) => r.code));
  const old = relationships[asEligibility.indexOf(answer.oldRelationship!)];
  const atDestination = relationships.filter((r) => r.regionCode === toRegionCode);
  const backPayments = lumpSumBackPayments(old?.periods ?? []);
  const evidence: Record<BackgroundCheckCode, () => Evidence[]> = {
    PERSON_ALIVE: () => [personEvidence.status(person)],
    NOT_DRAWING_PENSION: () =>
      relationships
        .filter((r) => r.status === 'drawing-pension')
        .map((r) => relationshipEvidence(r, regionName)),
    CONTRIBUTING_AT_DESTINATION: () =>
      atDestination.map((r) => relationshipEvidence(r, regionName)),
    RECORD_AT_OLD_PLACE: () => (old ? [relationshipEvidence(old, regionName)] : []),
    OLD_ACCOUNT_SUSPENDED: () => (old ? [relationshipEvidence(old, regionName)] : []),
    NO_ARREARS: () => (old ? [arrearsEvidence(old, regionName)] : []),
    NOT_TEMPORARY_ACCOUNT_CASE: () => [
      personEvidence.sexAndAge(person.sex, ageOn(person.birthDate, today)),
      personEvidence.hukou(regionName(person.hukouRegionCode)),
      ...atDestination.map((r) => relationshipEvidence(r, regionName)),
    ],
    BACK_PAYMENTS_DOCUMENTED: () => backPayments.map(backPaymentEvidence),
  };
  return checksOf[scheme].map((code): BackgroundCheck => {
    const definition = definitions[code];
    const fails =
      code === 'BACK_PAYMENTS_DOCUMENTED'
        ? backPayments.some((p) => p.needsDocuments)
        : failed.has(definition.failsWith!);
    return {
      code,
      label: definition.label,
      result: fails ? 'fail' : 'pass',
      explanation: fails ? explanationOf(definition) : null,
      suggestedRejection: fails ? definition.rejection : null,
      evidence: evidence[code](),
    };
  });
}

function explanationOf(definition: (typeof definitions)[BackgroundCheckCode]): Texts {
  if (definition.failsWith === null) return definition.explanation ?? definition.label;
  const { zh, en } = explainEligibilityReason(definition.failsWith);
  return { zh, en };
}
