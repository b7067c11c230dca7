// Who may apply online to transfer a relationship (DOMAIN.md §3, 国办发〔2009〕66号 and 人社部规〔2016〕5号):
// each failed precondition is a reason with a stable code and a plain explanation.
import type { InsuranceScheme } from '../schemes.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { decideTemporaryAccount } from './temporary-account.ts';
import type { AccountKind, InsuredPerson, RegionCode } from './types.ts';

export const eligibilityReasonCodes = [
  'PERSON_DECEASED',
  'DESTINATION_NOT_ONLINE',
  'OPEN_APPLICATION_EXISTS',
  'DRAWING_PENSION',
  'NOT_CONTRIBUTING_AT_DESTINATION',
  'NO_RECORD_AT_OLD_PLACE',
  'OLD_ACCOUNT_NOT_SUSPENDED',
  'ARREARS_AT_OLD_PLACE',
  'TEMPORARY_ACCOUNT_CASE',
] as const;

export type EligibilityReasonCode = (typeof eligibilityReasonCodes)[number];

/** A reason why the person cannot apply, in words a person understands. */
export interface EligibilityReason {
  readonly code: EligibilityReasonCode;
  readonly zh: string;
  readonly en: string;
}

const explanations: Record<EligibilityReasonCode, { zh: string; en: string }> = {
  PERSON_DECEASED: {
    zh: '参保人已去世，参保关系已终止，不能申请转移。',
    en: 'The insured person has died and the relationship has ended; no transfer can be applied for.',
  },
  DESTINATION_NOT_ONLINE: {
    zh: '转入地尚未开通这个险种的网上转移申请，请到转入地社保经办机构窗口办理。',
    en: 'The destination has not opened online transfer applications for this scheme; apply at its agency counter.',
  },
  OPEN_APPLICATION_EXISTS: {
    zh: '您已有一个正在办理的这个险种的转移申请，办结或撤回后才能再次申请。',
    en: 'You already have an open transfer application for this scheme; wait until it ends or withdraw it.',
  },
  DRAWING_PENSION: {
    zh: '您已经在领取养老金，养老保险关系不再转移。',
    en: 'You are already drawing a pension, so the relationship no longer moves.',
  },
  NOT_CONTRIBUTING_AT_DESTINATION: {
    zh: '您还没有在转入地参保缴费。请先由新单位（或以个人身份）在转入地参保缴费，再申请转入。',
    en: 'You are not contributing at the destination yet. Start contributing there first (through your new employer or on your own), then apply.',
  },
  NO_RECORD_AT_OLD_PLACE: {
    zh: '没有找到您在其他地方的这个险种的参保关系，没有需要转移的记录。',
    en: 'There is no relationship for this scheme in another place, so there is nothing to transfer.',
  },
  OLD_ACCOUNT_NOT_SUSPENDED: {
    zh: '原参保地的参保关系仍是“正常缴费”。请原单位先办理停保（中断缴费），再申请转移。',
    en: 'The relationship at the old place still says "contributing". Your former employer must stop it first; then apply.',
  },
  ARREARS_AT_OLD_PLACE: {
    zh: '原参保地有欠缴的保费，须先补齐欠费，才能转出。',
    en: 'Contributions are owed at the old place; they must be paid before the relationship can move.',
  },
  TEMPORARY_ACCOUNT_CASE: {
    zh: '男性年满50周岁、女性年满40周岁到非户籍地就业的，参保关系留在原参保地，由新参保地为您建立临时缴费账户，在新参保地的缴费记入该账户；现在不办理转移，待达到待遇领取条件时再归集。',
    en: 'A man of 50 or more or a woman of 40 or more working away from the hukou place keeps the relationship at the old place; the new place opens a temporary contribution account for what you pay there. Nothing moves now: the records are gathered when you claim your pension.',
  },
};

/** The explanation of a reason code. */
export function explainEligibilityReason(code: EligibilityReasonCode): EligibilityReason {
  return { code, ...explanations[code] };
}

/** One relationship of the scheme, as eligibility needs it. */
export interface EligibilityRelationship {
  /** The city-level region whose agency holds the relationship. */
  readonly regionCode: RegionCode;
  readonly status: 'contributing' | 'suspended' | 'terminated' | 'drawing-pension';
  readonly accountKind: AccountKind;
  readonly arrearsFen: number;
}

export interface EligibilityQuestion {
  readonly scheme: InsuranceScheme;
  readonly person: InsuredPerson & { readonly deceased: boolean };
  /** The person's relationships in `scheme`. */
  readonly relationships: readonly EligibilityRelationship[];
  /** The destination agency's (city-level) region and whether it takes the scheme online. */
  readonly destination: { readonly regionCode: RegionCode; readonly online: boolean };
  /** The old place the person names; by default the latest relationship elsewhere. */
  readonly fromRegion?: RegionCode;
  readonly hasOpenApplication: boolean;
  readonly today: IsoDate;
}

export interface EligibilityAnswer {
  readonly eligible: boolean;
  /** Every failed precondition, in a fixed order; empty when eligible. */
  readonly reasons: readonly EligibilityReason[];
  /** The relationship at the old place that would move, when there is one. */
  readonly oldRelationship: EligibilityRelationship | undefined;
}

/** Whether the person may apply online to move the scheme's relationship to the destination. */
export function decideTransferEligibility(question: EligibilityQuestion): EligibilityAnswer {
  const { scheme, person, relationships, destination, fromRegion } = question;
  const failed = new Set<EligibilityReasonCode>();
  if (person.deceased) failed.add('PERSON_DECEASED');
  if (!destination.online) failed.add('DESTINATION_NOT_ONLINE');
  if (question.hasOpenApplication) failed.add('OPEN_APPLICATION_EXISTS');
  if (scheme !== 'medical' && relationships.some((r) => r.status === 'drawing-pension'))
    failed.add('DRAWING_PENSION');

  const atDestination = relationships.find(
    (r) => r.regionCode === destination.regionCode && r.status === 'contributing',
  );
  if (!atDestination) failed.add('NOT_CONTRIBUTING_AT_DESTINATION');

  const elsewhere = relationships.filter(
    (r) =>
      r.regionCode !== destination.regionCode &&
      (r.status === 'suspended' || r.status === 'contributing') &&
      (fromRegion === undefined || r.regionCode === fromRegion),
  );
  const oldRelationship = elsewhere.at(-1);
  if (!oldRelationship) failed.add('NO_RECORD_AT_OLD_PLACE');
  else {
    if (oldRelationship.status === 'contributing') failed.add('OLD_ACCOUNT_NOT_SUSPENDED');
    if (oldRelationship.arrearsFen > 0) failed.add('ARREARS_AT_OLD_PLACE');
  }

  // The 50/40 question only matters to someone who could still move a relationship.
  const settled = failed.has('PERSON_DECEASED') || failed.has('DRAWING_PENSION');
  if (scheme === 'employee-pension' && !settled && opensTemporaryAccount(question, atDestination))
    failed.add('TEMPORARY_ACCOUNT_CASE');

  const reasons = eligibilityReasonCodes.filter((c) => failed.has(c)).map(explainEligibilityReason);
  return { eligible: reasons.length === 0, reasons, oldRelationship };
}

// The record decides when the destination already opened an account; otherwise the 50/40 rule.
function opensTemporaryAccount(
  question: EligibilityQuestion,
  atDestination: EligibilityRelationship | undefined,
): boolean {
  if (atDestination) return atDestination.accountKind === 'temporary';
  const from = question.fromRegion;
  return decideTemporaryAccount({
    person: question.person,
    destinationRegion: question.destination.regionCode,
    transferDate: question.today,
    ...(from !== undefined ? { fromRegion: from } : {}),
  }).opens;
}
