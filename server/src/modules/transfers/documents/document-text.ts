// How values are written on the documents: amounts as yuan, dates the Chinese way, codes as words.
import { schemeNames, type InsuranceScheme } from '../../../../../domain/schemes.ts';
import type {
  AccountKind,
  InsuredAs,
  Sex,
  YearMonth,
} from '../../../../../domain/transfer/types.ts';
import type { Fen } from './document-types.ts';

/** Fen as yuan with two decimals and thousands separators: 1440000 → "14,400.00". */
export function formatFen(fen: Fen): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen))
    throw new RangeError(`An amount must be a whole number of fen: ${fen}`);
  const value = BigInt(fen);
  if (value < 0n) throw new RangeError(`An amount must not be negative: ${value} fen`);
  const yuan = (value / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${yuan}.${(value % 100n).toString().padStart(2, '0')}`;
}

/** A `YYYY-MM` month as "2010年01月" (zero-padded, so a column of months lines up). */
export function formatYearMonthZh(month: YearMonth): string {
  return `${month.slice(0, 4)}年${month.slice(5, 7)}月`;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** A moment in China Standard Time (UTC+8, no daylight saving): "2024-03-04 10:15:30（北京时间）". */
export function formatChinaDateTime(moment: Date): string {
  const iso = new Date(moment.getTime() + CHINA_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}（北京时间）`;
}

/** 男 or 女. */
export function sexZh(sex: Sex): string {
  return sex === 'male' ? '男' : '女';
}

/** How the person was insured, as the forms' 参保身份 column says it. */
export function insuredAsZh(insuredAs: InsuredAs): string {
  return insuredAs === 'employee' ? '职工' : '个人身份';
}

/** 普通账户 or 临时缴费账户 (the 50/40 rule). */
export function accountKindZh(kind: AccountKind): string {
  return kind === 'temporary' ? '临时缴费账户' : '普通账户';
}

/** The scheme's full Chinese name, e.g. 职工基本养老保险. */
export function schemeZh(scheme: InsuranceScheme): string {
  return schemeNames[scheme].zh;
}
