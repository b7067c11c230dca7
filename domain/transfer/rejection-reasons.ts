// Why a transfer-in agency refuses an application (DOMAIN.md §3–§4: "REJECTED is terminal and
// always carries a reason code plus a written explanation"). A closed list, so that every channel
// shows the same label and statistics can count refusals by cause; OTHER needs the explanation
// to say everything.

export const rejectionReasonCodes = [
  'NOT_CONTRIBUTING_AT_DESTINATION',
  'OLD_ACCOUNT_NOT_SUSPENDED',
  'ARREARS',
  'DRAWING_PENSION',
  'TEMPORARY_ACCOUNT_CASE',
  'RECORDS_DO_NOT_MATCH',
  'BACK_PAYMENT_NEEDS_DOCUMENTS',
  'OTHER',
] as const;

export type RejectionReasonCode = (typeof rejectionReasonCodes)[number];

/** A rejection reason as the applicant and the staff read it. */
export interface RejectionReason {
  readonly code: RejectionReasonCode;
  readonly zh: string;
  readonly en: string;
}

const labels: Record<RejectionReasonCode, { zh: string; en: string }> = {
  NOT_CONTRIBUTING_AT_DESTINATION: {
    zh: '未在转入地参保缴费',
    en: 'Not contributing at the destination',
  },
  OLD_ACCOUNT_NOT_SUSPENDED: {
    zh: '原参保地参保关系未中断（仍在缴费）',
    en: 'The relationship at the old place is not suspended',
  },
  ARREARS: { zh: '原参保地有欠缴保费', en: 'Contributions are owed at the old place' },
  DRAWING_PENSION: { zh: '已领取养老金', en: 'Already drawing a pension' },
  TEMPORARY_ACCOUNT_CASE: {
    zh: '属于建立临时缴费账户的情形，暂不转移',
    en: 'A temporary-account case: nothing moves now',
  },
  RECORDS_DO_NOT_MATCH: {
    zh: '身份信息或参保缴费记录不一致',
    en: 'The identity or the contribution records do not match',
  },
  BACK_PAYMENT_NEEDS_DOCUMENTS: {
    zh: '一次性补缴三年以上，须提供法律文书',
    en: 'A lump-sum back payment of three years or more needs the legal documents',
  },
  OTHER: { zh: '其他原因', en: 'Another reason' },
};

/** Whether `code` is one of the rejection reasons. */
export function isRejectionReasonCode(code: string): code is RejectionReasonCode {
  return (rejectionReasonCodes as readonly string[]).includes(code);
}

/** The labels of a rejection reason. */
export function explainRejectionReason(code: RejectionReasonCode): RejectionReason {
  return { code, ...labels[code] };
}
