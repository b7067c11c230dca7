import { monthsInclusive } from '../../../../../domain/transfer/index.ts';
import type {
  AgencyContact,
  ContributionPeriodLine,
  InformationTable,
  PersonOnDocument,
  SealLines,
} from '../documents/index.ts';
import type { ApplicationRow } from '../transfers.repository.ts';
import type { TransferOutAmounts } from './transfer-out-amounts.ts';

/**
 * The information table (信息表) the transfer-out agency issues with the funds: the periods the
 * amounts cover (deemed months counted apart: they carry no money), the individual account —
 * nothing before 1998, since the records do not carry the personal rates and interest of those
 * years (domain/transfer/individual-account.ts) — the pooled fund and their total.
 */
export function informationTableOf({
  number,
  contactLetterNumber,
  issuedOn,
  application,
  transferOutAgency,
  transferInAgency,
  person,
  amounts,
  sealLines,
}: {
  number: string;
  contactLetterNumber: string;
  issuedOn: string;
  application: Pick<ApplicationRow, 'scheme'>;
  transferOutAgency: AgencyContact;
  transferInAgency: AgencyContact;
  person: PersonOnDocument;
  amounts: TransferOutAmounts;
  sealLines: SealLines;
}): InformationTable {
  const paid = amounts.periods.filter((period) => !period.deemed);
  const deemedMonths = amounts.periods
    .filter((period) => period.deemed)
    .reduce((sum, period) => sum + monthsInclusive(period.from, period.to), 0);
  const periods = paid.map((period): ContributionPeriodLine => ({
    from: period.from,
    to: period.to,
    monthlyBaseFen: period.monthlyBaseFen,
    months: monthsInclusive(period.from, period.to),
    insuredAs: period.insuredAs,
    accountKind: period.accountKind,
  }));
  return {
    tableNumber: number,
    contactLetterNumber,
    issuedOn,
    scheme: application.scheme,
    transferOutAgency,
    transferInAgency: { name: transferInAgency.name },
    person,
    periods,
    ...(deemedMonths > 0 ? { deemedMonths } : {}),
    individualAccount: {
      before1998PersonalContributionsWithInterestFen: 0,
      since1998BalanceFen: amounts.individualAccountFen,
    },
    pooledFundFen: amounts.pooledFundFen,
    totalFen: amounts.pooledFundFen + amounts.individualAccountFen,
    transferDate: issuedOn,
    sealLines,
  };
}
