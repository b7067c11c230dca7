// The explanation entries about the money that moves, in words a grandparent understands.
import { individualAccountMonths } from './individual-account.ts';
import { monthsInclusive, monthsWithin } from './months.ts';
import { regionLabel, samePlace } from './place.ts';
import { formatYuan, monthsEn, monthsZh } from './plain-text.ts';
import { pooledFundMonths } from './pooled-fund.ts';
import type { ContributionPeriod, Explanation, RegionCode } from './types.ts';

/** The amounts and the periods they were computed from. */
export interface FundFacts {
  readonly fromRegion: RegionCode;
  readonly destinationRegion: RegionCode;
  /** The periods in the transfer-out place. */
  readonly periods: readonly ContributionPeriod[];
  readonly pooledFundFen: number;
  readonly individualAccountPrincipalFen: number;
}

type Count = (period: ContributionPeriod) => number;

const sum = (
  periods: readonly ContributionPeriod[],
  count: Count,
  keep = (_: ContributionPeriod) => true,
) => periods.filter(keep).reduce((total, p) => total + count(p), 0);

function pooledFundEntries({ periods, pooledFundFen, fromRegion }: FundFacts): Explanation[] {
  const from = regionLabel(fromRegion);
  const months = sum(periods, pooledFundMonths);
  const temporary = sum(
    periods,
    pooledFundMonths,
    (p) => p.accountKind === 'temporary' && p.insuredAs === 'employee',
  );
  const individual = sum(periods, pooledFundMonths, (p) => p.insuredAs === 'individual');
  const entries: Explanation[] = [
    {
      code: 'POOLED_FUND',
      zh: `统筹基金（单位缴的部分）按1998年以来每月缴费工资的12%转移：在${from.zh}共${monthsZh(months)}，合计${formatYuan(pooledFundFen)}元。这部分没有利息。`,
      en: `Pooled fund (the employer's part): 12% of each month's contribution wage since 1998 moves — ${monthsEn(months)} in ${from.en}, ${formatYuan(pooledFundFen)} yuan in all. It earns no interest.`,
      values: { months, pooledFundFen },
    },
  ];
  if (temporary > 0)
    entries.push({
      code: 'POOLED_FUND_TEMPORARY_ACCOUNT_RATE',
      zh: `其中${monthsZh(temporary)}是临时缴费账户：单位缴费比例高于12%的，按单位实际缴费比例转移；不到12%的，按12%转移。`,
      en: `${monthsEn(temporary)} of these were on a temporary account: where the employer paid more than 12%, its actual rate moves; otherwise 12%.`,
      values: { months: temporary },
    });
  if (individual > 0)
    entries.push({
      code: 'POOLED_FUND_INDIVIDUAL_INSURED',
      zh: `其中${monthsZh(individual)}是以个人身份参保（灵活就业），统筹基金一律按缴费工资的12%转移。`,
      en: `${monthsEn(individual)} of these were insured on your own (flexible work): for them the pooled fund always moves 12% of the contribution wage.`,
      values: { months: individual },
    });
  return entries;
}

function individualAccountEntries({
  periods,
  individualAccountPrincipalFen,
}: FundFacts): Explanation[] {
  const months = sum(periods, individualAccountMonths);
  const before1998 = sum(
    periods,
    (p) => monthsWithin(p, { to: '1997-12' }),
    (p) => !p.deemed,
  );
  const deemed = sum(
    periods,
    (p) => monthsInclusive(p.from, p.to),
    (p) => p.deemed === true,
  );
  const entries: Explanation[] = [
    {
      code: 'INDIVIDUAL_ACCOUNT',
      zh: `个人账户按1998年以来每月记入账户的部分计算：2005年以前是缴费工资的11%，2006年起是8%。共${monthsZh(months)}，本金合计${formatYuan(individualAccountPrincipalFen)}元。这里只算本金，实际转移时还会加上利息。`,
      en: `Individual account: the share credited each month since 1998 — 11% of the contribution wage up to 2005, 8% from 2006. ${monthsEn(months)}, ${formatYuan(individualAccountPrincipalFen)} yuan of principal. Interest is added on top when the account actually moves.`,
      values: { months, individualAccountPrincipalFen },
    },
  ];
  if (before1998 > 0)
    entries.push({
      code: 'BEFORE_1998_NOT_COUNTED',
      zh: `1998年以前的${monthsZh(before1998)}没有算进上面的金额：统筹基金只转1998年以后的部分；1998年以前个人账户只转您本人缴的钱和利息，由转出地社保经办机构核算。这些月份仍然算缴费年限。`,
      en: `The ${monthsEn(before1998)} before 1998 are not in the amounts above: the pooled fund moves only from 1998, and for earlier years the individual account moves just your own contributions with interest, which the agency you leave works out. These months still count as contribution years.`,
      values: { months: before1998 },
    });
  if (deemed > 0)
    entries.push({
      code: 'DEEMED_MONTHS_NO_FUNDS',
      zh: `视同缴费的${monthsZh(deemed)}没有实际缴费，不转钱，但算缴费年限。`,
      en: `The ${monthsEn(deemed)} deemed paid had no actual contributions, so no money moves for them, but they count as contribution years.`,
      values: { months: deemed },
    });
  return entries;
}

function totalEntries(facts: FundFacts): Explanation[] {
  const { pooledFundFen, individualAccountPrincipalFen, fromRegion, destinationRegion } = facts;
  const totalFen = pooledFundFen + individualAccountPrincipalFen;
  const entries: Explanation[] = [
    {
      code: 'TOTAL',
      zh: `合计转移${formatYuan(totalFen)}元（统筹基金${formatYuan(pooledFundFen)}元，加个人账户本金${formatYuan(individualAccountPrincipalFen)}元）。`,
      en: `In all ${formatYuan(totalFen)} yuan moves (pooled fund ${formatYuan(pooledFundFen)} yuan plus individual account principal ${formatYuan(individualAccountPrincipalFen)} yuan).`,
      values: { totalFen, pooledFundFen, individualAccountPrincipalFen },
    },
  ];
  if (samePlace(fromRegion, destinationRegion))
    entries.push({
      code: 'WITHIN_ONE_PROVINCE',
      zh: '转出地和转入地在同一个省。养老保险在全省统筹，省内转移只转关系和缴费记录，基金不用在两地之间划转；上面的金额是这些缴费对应的数额。',
      en: 'You are moving within one province. The pension is pooled across the province, so only the relationship and the records move, not the money; the amounts above are what these contributions are worth.',
      values: { fromRegion, destinationRegion },
    });
  return entries;
}

/** One entry per rule that decided the amounts: pooled fund, individual account, total. */
export function explainFunds(facts: FundFacts): Explanation[] {
  return [...pooledFundEntries(facts), ...individualAccountEntries(facts), ...totalEntries(facts)];
}
