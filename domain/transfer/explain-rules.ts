// The explanation entries about the 50/40 rule, the benefit place and the 15-year minimum.
import { MONTHS_FOR_MONTHLY_PENSION, type BenefitRegion } from './benefit-region.ts';
import { regionLabel } from './place.ts';
import { monthsEn, monthsZh } from './plain-text.ts';
import type { TemporaryAccountDecision } from './temporary-account.ts';
import type { Explanation, RegionCode, Sex } from './types.ts';

const SEX_WORDS: Record<Sex, { zh: string; en: string; enCapital: string }> = {
  male: { zh: '男性', en: 'men', enCapital: 'Men' },
  female: { zh: '女性', en: 'women', enCapital: 'Women' },
};

/** Whether the move opens a temporary account, and why. */
export function explainTemporaryAccount(
  decision: TemporaryAccountDecision,
  sex: Sex,
  destinationRegion: RegionCode,
): Explanation {
  const { age, ageThreshold } = decision;
  const values = { age, ageThreshold };
  const who = SEX_WORDS[sex];
  const destination = regionLabel(destinationRegion);
  switch (decision.reason) {
    case 'OFFICIAL_TRANSFER':
      return {
        code: 'TEMPORARY_ACCOUNT_OFFICIAL_TRANSFER',
        zh: '这是经组织或人社部门批准的调动，不受年龄限制，不建立临时缴费账户，养老保险关系转到转入地。',
        en: 'This is an approved official transfer: no age limit applies, no temporary account is opened, and your pension moves to the new place.',
        values,
      };
    case 'SAME_PLACE':
      return {
        code: 'TEMPORARY_ACCOUNT_SAME_PLACE',
        zh: '您没有离开原来的省份，不建立临时缴费账户。',
        en: 'You are not leaving the province, so no temporary account is opened.',
        values,
      };
    case 'RETURN_TO_HUKOU_PLACE':
      return {
        code: 'TEMPORARY_ACCOUNT_RETURN_TO_HUKOU_PLACE',
        zh: `您是回到户口所在的省份${destination.zh}工作，不论年龄都不建立临时缴费账户，养老保险关系转回户口所在地。`,
        en: `You are going back to work in the province of your household registration, ${destination.en}: whatever your age, no temporary account is opened and your pension moves there.`,
        values,
      };
    case 'BELOW_AGE':
      return {
        code: 'TEMPORARY_ACCOUNT_BELOW_AGE',
        zh: `转移那天您${age}周岁，不到${ageThreshold}周岁（${who.zh}${ageThreshold}周岁起才有这条限制），不建立临时缴费账户，养老保险关系转到转入地。`,
        en: `On the transfer date you are ${age}, under ${ageThreshold} (the limit for ${who.en}), so no temporary account is opened and your pension moves to the new place.`,
        values,
      };
    case 'AGE_AND_AWAY_FROM_HUKOU_PLACE':
      return {
        code: 'TEMPORARY_ACCOUNT_OPENS',
        zh: `转移那天您${age}周岁，${who.zh}满${ageThreshold}周岁后到户口所在省份以外的${destination.zh}工作，养老保险关系留在原来的地方，新单位所在地为您建立临时缴费账户。以后再转移或领取养老金时，临时账户里的钱会归集到领取养老金的地方。`,
        en: `On the transfer date you are ${age}. ${who.enCapital} of ${ageThreshold} or more who move to work outside the province of their household registration — here in ${destination.en} — keep their pension where it is, and the new place opens a temporary contribution account. When you move again or claim your pension, that account is gathered to where the pension is paid.`,
        values,
      };
  }
}

/** Where the pension will be claimed under the 10-year rule, and why. */
export function explainBenefitRegion(benefit: BenefitRegion, hukouRegion: RegionCode): Explanation {
  const place = regionLabel(benefit.region);
  const relationship = regionLabel(benefit.relationshipRegion);
  const values = {
    benefitRegion: benefit.region,
    relationshipRegion: benefit.relationshipRegion,
    hukouRegion,
    monthsAtRelationshipPlace: benefit.monthsAtRelationshipPlace,
    monthsAtBenefitPlace: benefit.monthsAtBenefitPlace,
  };
  const atRelationship = monthsZh(benefit.monthsAtRelationshipPlace);
  const atRelationshipEn = monthsEn(benefit.monthsAtRelationshipPlace);
  switch (benefit.reason) {
    case 'HUKOU_PLACE':
      return {
        code: 'BENEFIT_PLACE_HUKOU',
        zh: `按现在的记录，您的养老保险关系在户口所在地，将来在${place.zh}领取养老金。`,
        en: `As things stand, your pension is held where your household is registered, so you will claim it in ${place.en}.`,
        values,
      };
    case 'CURRENT_PLACE_10_YEARS':
      return {
        code: 'BENEFIT_PLACE_CURRENT_10_YEARS',
        zh: `按现在的记录，养老保险关系所在地${relationship.zh}不是户口所在地，但您在那里累计缴费${atRelationship}，满10年，将来在那里领取养老金。`,
        en: `As things stand, your pension is held in ${relationship.en}, not where your household is registered, but you have paid there for ${atRelationshipEn} — 10 years or more — so you will claim it there.`,
        values,
      };
    case 'EARLIER_PLACE_10_YEARS':
      return {
        code: 'BENEFIT_PLACE_EARLIER_10_YEARS',
        zh: `按现在的记录，养老保险关系所在地${relationship.zh}累计缴费${atRelationship}，不满10年；最后一个累计缴满10年的地方是${place.zh}，在那里缴费${monthsZh(benefit.monthsAtBenefitPlace)}；将来各地的关系和资金归集到那里，在那里领取养老金。`,
        en: `As things stand, you have paid ${atRelationshipEn} in ${relationship.en}, where your pension is held — less than 10 years. The last place where you paid 10 years or more is ${place.en}, with ${monthsEn(benefit.monthsAtBenefitPlace)}, so everything will be gathered there and you will claim your pension there.`,
        values,
      };
    case 'GATHERED_AT_HUKOU_PLACE':
      return {
        code: 'BENEFIT_PLACE_GATHERED_AT_HUKOU',
        zh: `按现在的记录，户口所在地以外没有哪个地方累计缴满10年，将来各地的关系和资金都归集到户口所在地${place.zh}，在那里领取养老金。`,
        en: `As things stand, you have not paid 10 years in any one place away from where your household is registered, so everything will be gathered in ${place.en} and you will claim your pension there.`,
        values,
      };
  }
}

/** Whether the contribution months reach the 15 years a monthly pension needs. */
export function explainMinimumYears(benefit: BenefitRegion): Explanation {
  const { totalMonths } = benefit;
  const missing = Math.max(0, MONTHS_FOR_MONTHLY_PENSION - totalMonths);
  if (benefit.meetsMonthlyPensionMinimum)
    return {
      code: 'MINIMUM_15_YEARS_REACHED',
      zh: `您各地一共缴费${monthsZh(totalMonths)}，已满15年，到了退休年龄可以按月领取养老金。`,
      en: `You have paid ${monthsEn(totalMonths)} in all places together: 15 years or more, so from retirement age you can draw a monthly pension.`,
      values: { totalMonths, monthsMissing: 0 },
    };
  return {
    code: 'MINIMUM_15_YEARS_NOT_REACHED',
    zh: `您各地一共缴费${monthsZh(totalMonths)}，还差${monthsZh(missing)}满15年。满15年才能按月领取养老金。`,
    en: `You have paid ${monthsEn(totalMonths)} in all places together, ${monthsEn(missing)} short of 15 years. A monthly pension needs 15 years.`,
    values: { totalMonths, monthsMissing: missing },
  };
}
