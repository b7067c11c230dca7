import type { Sex } from '../../../../../domain/transfer/types.ts';
import type { LumpSumBackPayment } from '../../../../../domain/transfer/back-payments.ts';
import { formatYuan } from '../../../../../domain/transfer/plain-text.ts';
import type { InsuranceRelationshipRecord, PersonRecord } from '../../persons/index.ts';
import type { NamedRegion } from './region-names.ts';

/** A text in both languages of the platform. */
export interface Texts {
  zh: string;
  en: string;
}

/** One fact a background check looked at: what it is and what the record says. */
export interface Evidence {
  label: Texts;
  value: Texts;
}

const statusTexts: Record<InsuranceRelationshipRecord['status'], Texts> = {
  contributing: { zh: '正常缴费', en: 'contributing' },
  suspended: { zh: '中断缴费', en: 'suspended' },
  terminated: { zh: '已终止', en: 'terminated' },
  'drawing-pension': { zh: '领取待遇', en: 'drawing a pension' },
};

const accountKindTexts = {
  normal: { zh: '普通账户', en: 'normal account' },
  temporary: { zh: '临时缴费账户', en: 'temporary account' },
} as const;

/** A relationship: where, in which state, what kind of account, since when. */
export function relationshipEvidence(
  relationship: InsuranceRelationshipRecord,
  regionName: (code: string) => NamedRegion,
): Evidence {
  const region = regionName(relationship.regionCode);
  const status = statusTexts[relationship.status];
  const kind = accountKindTexts[relationship.accountKind];
  const until = relationship.endedOn;
  return {
    label: { zh: `参保关系：${region.name}`, en: `Relationship: ${region.name}` },
    value: {
      zh: `${status.zh}，${kind.zh}，${relationship.startedOn} 起${until ? `，${until} 止` : ''}`,
      en: `${status.en}, ${kind.en}, since ${relationship.startedOn}${until ? `, until ${until}` : ''}`,
    },
  };
}

/** The arrears recorded on a relationship. */
export function arrearsEvidence(
  relationship: InsuranceRelationshipRecord,
  regionName: (code: string) => NamedRegion,
): Evidence {
  const region = regionName(relationship.regionCode).name;
  const yuan = formatYuan(relationship.arrearsFen);
  return {
    label: { zh: `欠费金额：${region}`, en: `Arrears: ${region}` },
    value: { zh: `${yuan} 元`, en: `${yuan} yuan` },
  };
}

/** A lump-sum back payment and the months it paid for. */
export function backPaymentEvidence(payment: LumpSumBackPayment): Evidence {
  return {
    label: { zh: `一次性补缴：${payment.paidOn}`, en: `Lump-sum back payment: ${payment.paidOn}` },
    value: { zh: `${payment.months} 个月`, en: `${payment.months} months` },
  };
}

/** Facts about the person that the rules read. */
export const personEvidence = {
  status(person: Pick<PersonRecord, 'status' | 'deceasedOn'>): Evidence {
    return {
      label: { zh: '参保人状态', en: 'Status of the person' },
      value:
        person.status === 'deceased'
          ? {
              zh: `已死亡（${person.deceasedOn ?? '日期不详'}）`,
              en: `deceased (${person.deceasedOn ?? 'date unknown'})`,
            }
          : { zh: '在世', en: 'alive' },
    };
  },
  sexAndAge(sex: Sex, age: number): Evidence {
    return {
      label: { zh: '性别、年龄', en: 'Sex and age' },
      value:
        sex === 'male'
          ? { zh: `男，${age} 周岁`, en: `male, ${age}` }
          : { zh: `女，${age} 周岁`, en: `female, ${age}` },
    };
  },
  hukou(region: NamedRegion): Evidence {
    return {
      label: { zh: '户籍所在地', en: 'Hukou place' },
      value: { zh: region.fullName, en: region.fullName },
    };
  },
};
