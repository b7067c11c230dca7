import { writtenDateEn, writtenDateZh } from '../../../../domain/calendar/index.ts';
import { schemeNames, type InsuranceScheme } from '../../../../domain/schemes.ts';
import {
  explainRejectionReason,
  isRejectionReasonCode,
} from '../../../../domain/transfer/rejection-reasons.ts';
import { SMS_SIGNATURE } from './sms-signature.ts';

/** The steps of a transfer application the applicant is told about (DOMAIN.md §4). */
export const notifiedTransferSteps = [
  'submitted',
  'accepted',
  'rejected',
  'out-done',
  'completed',
  'withdrawn',
] as const;
export type NotifiedTransferStep = (typeof notifiedTransferSteps)[number];

/** What the applicant is told: the in-app message in both languages, and the text message. */
export interface TransferStepMessage {
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  /** Chinese only (the SMS channel of the platform); no ID number, no name, no amount. */
  sms: string;
}

export interface TransferStepFacts {
  step: NotifiedTransferStep;
  scheme: InsuranceScheme;
  /** The legal deadline of the next step, set by this one; null when unknown or none. */
  deadlineOn: string | null;
  /** The deadline counts the statutory holidays alone: its year's arrangement is not out yet. */
  deadlineProvisional?: boolean;
  reasonCode: string | null;
  /** Which agency took the step (a rejection may come from either); the transfer-in one if absent. */
  byAgency?: 'transfer-in' | 'transfer-out' | null;
  /** A rejection that came after the application was accepted (不予办理); false if absent. */
  afterAcceptance?: boolean;
}

/** A scheme's names as they read inside a sentence: "your employee basic pension transfer". */
function schemeInSentence(scheme: InsuranceScheme): { zh: string; en: string } {
  const { zh, en } = schemeNames[scheme];
  return { zh, en: en.charAt(0).toLowerCase() + en.slice(1) };
}

const SMS_SEE_MORE = '详情请登录社保服务平台“我的申请”查看。';

// A provisional deadline says so (DECISIONS 39); without any (after 2100), it is set later.
function byWhenZh(deadlineOn: string | null, provisional: boolean): string {
  if (!deadlineOn) return '，法定期限将在国家公布下一年节假日安排后确定';
  return provisional
    ? `，法定期限暂定到${writtenDateZh(deadlineOn)}（国家公布节假日安排后重新计算）`
    : `，法定期限到${writtenDateZh(deadlineOn)}`;
}
function byWhenEn(deadlineOn: string | null, provisional: boolean): string {
  if (!deadlineOn)
    return "; the legal time limit will be set once next year's public holidays are announced";
  return provisional
    ? `, by ${writtenDateEn(deadlineOn)} at the latest for now (a provisional legal time limit, counted again once next year's public holidays are announced)`
    : `, by ${writtenDateEn(deadlineOn)} at the latest (the legal time limit)`;
}

function rejectionReason(code: string | null): { zh: string; en: string } {
  return code !== null && isRejectionReasonCode(code)
    ? explainRejectionReason(code)
    : { zh: '见申请详情', en: 'see the application page' };
}

/**
 * The message for one step of a transfer application, in plain words: what happened, what
 * happens next and by when. A rejection gives its reason and says where the written explanation
 * is; the text message is short and carries nothing that identifies the person.
 */
export function transferStepMessage(facts: TransferStepFacts): TransferStepMessage {
  const scheme = schemeInSentence(facts.scheme);
  const provisional = facts.deadlineProvisional ?? false;
  const zhWhen = byWhenZh(facts.deadlineOn, provisional);
  const enWhen = byWhenEn(facts.deadlineOn, provisional);
  switch (facts.step) {
    case 'submitted':
      return {
        titleZh: '转移申请已提交',
        titleEn: 'Transfer application submitted',
        bodyZh: `您的${scheme.zh}关系转移申请已提交到转入地社保经办机构。下一步：转入地经办机构审核您的申请${zhWhen}。审核结果会通知您。`,
        bodyEn: `Your ${scheme.en} transfer application has gone to the transfer-in agency. Next: the agency reviews it${enWhen}. We will tell you the outcome.`,
        sms: `${SMS_SIGNATURE}您的${scheme.zh}关系转移申请已提交，转入地经办机构将审核${zhWhen}。${SMS_SEE_MORE}`,
      };
    case 'accepted':
      return {
        titleZh: '转入地已受理您的转移申请',
        titleEn: 'Your transfer application was accepted',
        bodyZh: `转入地社保经办机构已受理您的${scheme.zh}关系转移申请，并向转出地经办机构发出了联系函。下一步：转出地经办机构核对信息、转出基金${zhWhen}。您不需要做什么。`,
        bodyEn: `The transfer-in agency accepted your ${scheme.en} transfer application and sent the contact letter to the transfer-out agency. Next: the transfer-out agency checks your record and sends the funds${enWhen}. You need not do anything.`,
        sms: `${SMS_SIGNATURE}您的${scheme.zh}关系转移申请已受理，转出地经办机构将转出基金${zhWhen}。${SMS_SEE_MORE}`,
      };
    case 'rejected': {
      const reason = rejectionReason(facts.reasonCode);
      if (facts.byAgency === 'transfer-out')
        return {
          titleZh: '您的转移未能办理',
          titleEn: 'Your transfer could not go ahead',
          bodyZh: `转出地社保经办机构核对后，您的${scheme.zh}关系转移无法办理。原因：${reason.zh}。经办机构的书面说明在申请详情页，请查看。申请已结束，基金没有转出；问题解决后可以重新申请。`,
          bodyEn: `The transfer-out agency checked your record and cannot carry out your ${scheme.en} transfer. Reason: ${reason.en}. The agency's written explanation is on the application page. The application is closed and no funds were sent; you can apply again once the problem is solved.`,
          sms: `${SMS_SIGNATURE}您的${scheme.zh}关系转移经转出地核对无法办理，原因：${reason.zh}。书面说明${SMS_SEE_MORE}`,
        };
      // The transfer-in agency accepted, then found the transfer cannot go ahead (the funds had
      // not been sent yet: a rejection never follows the transfer-out).
      if (facts.afterAcceptance)
        return {
          titleZh: '您的转移未能办理',
          titleEn: 'Your transfer could not go ahead',
          bodyZh: `转入地社保经办机构受理后经核对，您的${scheme.zh}关系转移无法办理。原因：${reason.zh}。经办机构的书面说明在申请详情页，请查看。申请已结束，基金没有转出；问题解决后可以重新申请。`,
          bodyEn: `After accepting it, the transfer-in agency found that your ${scheme.en} transfer cannot go ahead. Reason: ${reason.en}. The agency's written explanation is on the application page. The application is closed and no funds were sent; you can apply again once the problem is solved.`,
          sms: `${SMS_SIGNATURE}您的${scheme.zh}关系转移经转入地核对无法办理，原因：${reason.zh}。书面说明${SMS_SEE_MORE}`,
        };
      return {
        titleZh: '您的转移申请未予受理',
        titleEn: 'Your transfer application was not accepted',
        bodyZh: `转入地社保经办机构对您的${scheme.zh}关系转移申请作出不予受理的决定。原因：${reason.zh}。经办机构的书面说明在申请详情页，请查看。申请已结束；问题解决后可以重新申请。`,
        bodyEn: `The transfer-in agency did not accept your ${scheme.en} transfer application. Reason: ${reason.en}. The agency's written explanation is on the application page. The application is closed; you can apply again once the problem is solved.`,
        sms: `${SMS_SIGNATURE}您的${scheme.zh}关系转移申请未予受理，原因：${reason.zh}。书面说明${SMS_SEE_MORE}`,
      };
    }
    case 'out-done':
      return {
        titleZh: '转出地已办结，基金已转出',
        titleEn: 'The transfer-out agency has sent your funds',
        bodyZh: `转出地社保经办机构已办结您的${scheme.zh}关系转出手续，基金已转出，信息表已发给转入地。下一步：转入地经办机构核对基金和缴费记录、合并您的账户${zhWhen}。`,
        bodyEn: `The transfer-out agency finished its part of your ${scheme.en} transfer: the funds were sent and the information table went to the transfer-in agency. Next: the transfer-in agency checks the funds and records and merges your account${enWhen}.`,
        sms: `${SMS_SIGNATURE}您的${scheme.zh}关系转移：转出地已转出基金，转入地经办机构将合并账户${zhWhen}。${SMS_SEE_MORE}`,
      };
    case 'completed':
      return {
        titleZh: '关系转移已办结',
        titleEn: 'Your transfer is complete',
        bodyZh: `您的${scheme.zh}关系转移已办结：参保关系已转入新参保地，缴费记录和个人账户已合并。办结告知书可在申请详情页查看。您不需要再办理其他手续。`,
        bodyEn: `Your ${scheme.en} transfer is complete: the insurance relationship is now at your new place, with your contribution record and individual account merged. The completion notice is on the application page. There is nothing more to do.`,
        sms: `${SMS_SIGNATURE}您的${scheme.zh}关系转移已办结，缴费记录和个人账户已合并。${SMS_SEE_MORE}`,
      };
    case 'withdrawn':
      return {
        titleZh: '转移申请已撤回',
        titleEn: 'Transfer application withdrawn',
        bodyZh: `您已撤回${scheme.zh}关系转移申请，经办机构不再办理。需要转移时可以重新申请。`,
        bodyEn: `You withdrew your ${scheme.en} transfer application; the agencies will not act on it. You can apply again whenever you need to.`,
        sms: `${SMS_SIGNATURE}您已撤回${scheme.zh}关系转移申请。如非本人操作，请尽快联系经办机构。`,
      };
  }
}

export interface DeadlineMovedFacts {
  scheme: InsuranceScheme;
  previousDeadlineOn: string;
  deadlineOn: string;
  /** Still provisional: the new date's year has no arrangement yet. */
  deadlineProvisional: boolean;
  /** The year whose official holiday arrangement moved the deadline. */
  arrangementYear: number;
}

/**
 * The message when loading a year's holiday arrangement moved the legal deadline of the next step
 * of an open application (DECISIONS 39): the new date, the old one, and why. Nothing for the
 * applicant to do; the text message carries nothing that identifies the person.
 */
export function deadlineMovedMessage(facts: DeadlineMovedFacts): TransferStepMessage {
  const scheme = schemeInSentence(facts.scheme);
  const year = facts.arrangementYear;
  const newZh = writtenDateZh(facts.deadlineOn);
  const oldZh = writtenDateZh(facts.previousDeadlineOn);
  const stillZh = facts.deadlineProvisional
    ? '新期限仍为暂定，国家公布下一年节假日安排后还会重新计算。'
    : '';
  const stillEn = facts.deadlineProvisional
    ? " It is still provisional: it will be counted again once next year's public holidays are announced."
    : '';
  return {
    titleZh: '下一步办理期限有调整',
    titleEn: 'The deadline of the next step has changed',
    bodyZh: `国家已公布${year}年节假日安排，您的${scheme.zh}关系转移申请下一步的法定期限按新安排重新计算，现在是${newZh}（原为${oldZh}）。${stillZh}您不需要做什么。`,
    bodyEn: `The official public holiday arrangement for ${year} has been published, so the legal time limit for the next step of your ${scheme.en} transfer application was counted again: it is now ${writtenDateEn(facts.deadlineOn)} (it was ${writtenDateEn(facts.previousDeadlineOn)}).${stillEn} You need not do anything.`,
    sms: `${SMS_SIGNATURE}因国家公布了${year}年节假日安排，您的${scheme.zh}关系转移申请下一步的法定期限${facts.deadlineProvisional ? '暂定' : ''}改为${newZh}（原为${oldZh}）。${SMS_SEE_MORE}`,
  };
}
