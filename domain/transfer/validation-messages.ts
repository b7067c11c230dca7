import type { TransferInputIssue, TransferInputIssueCode } from './types.ts';

const issue = (
  path: string,
  code: TransferInputIssueCode,
  message: string,
  messageEn: string,
): TransferInputIssue => ({ path, code, message, messageEn });

/** The problems of a calculator request, worded for someone who is not used to forms. */
export const transferInputIssues = {
  invalidBirthDate: (path: string) =>
    issue(
      path,
      'INVALID_DATE',
      '请填写正确的出生日期，例如 1970-05-01',
      'Enter a real date of birth, for example 1970-05-01.',
    ),
  birthDateNotBeforeTransfer: (path: string) =>
    issue(
      path,
      'BIRTH_DATE_NOT_BEFORE_TRANSFER',
      '出生日期应早于转移日期，请核对',
      'The date of birth must be before the transfer date. Please check it.',
    ),
  invalidTransferDate: (path: string) =>
    issue(
      path,
      'INVALID_DATE',
      '请填写正确的转移日期，例如 2025-06-30',
      'Enter a real transfer date, for example 2025-06-30.',
    ),
  invalidRegionCode: (path: string) =>
    issue(
      path,
      'INVALID_REGION_CODE',
      '地区代码应是6位数字，前两位是省份代码，请核对',
      'A region code has 6 digits, and the first two name a province. Please check it.',
    ),
  invalidChoice: (path: string) =>
    issue(path, 'INVALID_CHOICE', '请从列出的选项中选择', 'Choose one of the options listed.'),
  invalidMonth: (path: string) =>
    issue(
      path,
      'INVALID_MONTH',
      '请按“年-月”填写月份，例如 2010-01',
      'Enter the month as year-month, for example 2010-01.',
    ),
  periodEndsBeforeStart: (path: string) =>
    issue(
      path,
      'PERIOD_ENDS_BEFORE_START',
      '结束月份早于开始月份，请核对',
      'The last month is before the first month. Please check them.',
    ),
  periodAfterTransferDate: (path: string, transferMonth: string) =>
    issue(
      path,
      'PERIOD_AFTER_TRANSFER_DATE',
      `缴费月份不能晚于转移日期所在的月份（${transferMonth}）`,
      `Months cannot be later than the month of the transfer date (${transferMonth}).`,
    ),
  invalidBase: (path: string) =>
    issue(
      path,
      'INVALID_BASE',
      '每月缴费工资应是大于0的整数（单位：分）',
      'The monthly contribution wage must be a whole number of fen above 0.',
    ),
  employerRateOutOfRange: (path: string) =>
    issue(
      path,
      'EMPLOYER_RATE_OUT_OF_RANGE',
      '单位缴费比例应在0%到100%之间（以万分之一为单位，0到10000）',
      'The employer rate must be from 0% to 100% (in basis points, 0 to 10000).',
    ),
  overlappingPeriods: (path: string, otherIndex: number) =>
    issue(
      path,
      'OVERLAPPING_PERIODS',
      `这段时间和第${otherIndex + 1}段在同一地区有重复的月份，同一个月只能算一次，请合并或删去重复的月份`,
      `This period repeats months of period ${otherIndex + 1} in the same region. A month counts only once: merge them or remove the repeated months.`,
    ),
  duplicateInsurance: (path: string, otherIndex: number, otherRegion: { zh: string; en: string }) =>
    issue(
      path,
      'DUPLICATE_INSURANCE',
      `这段时间和在${otherRegion.zh}的第${otherIndex + 1}段有重叠的月份，属于多地参保：同一个月只能在一个地方计算缴费年限，请只保留实际计算的那一段。另一地重复缴纳的个人部分可以申请退还`,
      `This period shares months with period ${otherIndex + 1}, in ${otherRegion.en}: insured in two places at once. A month counts in one place only, so keep just the period that counts. The personal contributions paid twice in the other place can be refunded.`,
    ),
  noPeriodInFromRegion: (path: string, fromRegion: { zh: string; en: string }) =>
    issue(
      path,
      'NO_PERIOD_IN_FROM_REGION',
      `缴费记录里没有在转出地${fromRegion.zh}的缴费，请核对转出地或补上缴费记录`,
      `The history has no contributions in the region you are moving from, ${fromRegion.en}. Check that region or add the missing periods.`,
    ),
};
