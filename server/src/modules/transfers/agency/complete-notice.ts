import { monthsInclusive } from '../../../../../domain/transfer/index.ts';
import type { AgencyContact, CompletionNotice, SealLines } from '../documents/index.ts';
import type { ApplicationRow } from '../transfers.repository.ts';
import type { MergePlan } from './complete-merge-plan.ts';

/** Every month the merged record carries over, deemed months included. */
export function monthsCarriedOver(plan: MergePlan): number {
  return plan.outgoing
    .flatMap((relationship) => relationship.periods)
    .reduce((sum, period) => sum + monthsInclusive(period.from, period.to), 0);
}

/**
 * The completion notice (转移接续完成告知) the transfer-in agency gives the person: what was
 * received — the amounts the transfer-out agency computed and the ledger holds — and how many
 * months of record were merged.
 */
export function completionNoticeOf({
  number,
  issuedOn,
  application,
  applicationReference,
  person,
  contactLetterNumber,
  informationTableNumber,
  transferOutAgency,
  transferInAgency,
  contributionMonths,
  sealLines,
}: {
  number: string;
  issuedOn: string;
  application: Pick<ApplicationRow, 'scheme'> & {
    pooledFundFen: bigint;
    individualAccountFen: bigint;
  };
  applicationReference: string;
  person: { name: string; citizenId: string };
  contactLetterNumber: string;
  informationTableNumber: string;
  transferOutAgency: AgencyContact;
  transferInAgency: AgencyContact;
  contributionMonths: number;
  sealLines: SealLines;
}): CompletionNotice {
  const { pooledFundFen, individualAccountFen } = application;
  return {
    noticeNumber: number,
    issuedOn,
    scheme: application.scheme,
    person,
    applicationReference,
    contactLetterNumber,
    informationTableNumber,
    transferOutAgency: { name: transferOutAgency.name },
    transferInAgency,
    completedOn: issuedOn,
    individualAccountFen,
    pooledFundFen,
    totalFen: pooledFundFen + individualAccountFen,
    contributionMonths,
    sealLines,
  };
}
