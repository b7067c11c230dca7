import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../../domain/identifiers/index.ts';
import {
  deadlineMovedMessage,
  notifiedTransferSteps,
  transferStepMessage,
} from './transfer-step-messages.ts';

describe('transferStepMessage', () => {
  it('says what happens next and by when, in both languages and in the text', () => {
    const message = transferStepMessage({
      step: 'accepted',
      scheme: 'employee-pension',
      deadlineOn: '2024-03-25',
      reasonCode: null,
    });
    expect(message.titleZh).toBe('转入地已受理您的转移申请');
    expect(message.bodyZh).toContain('职工基本养老保险');
    expect(message.bodyZh).toContain('转出地经办机构核对信息、转出基金，法定期限到2024年3月25日');
    expect(message.bodyEn).toContain('by 25 March 2024 at the latest');
    expect(message.sms).toMatch(/^【社保】/);
    expect(message.sms).toContain('2024年3月25日');
  });

  it('gives a rejection its reason and sends the applicant to the written explanation', () => {
    const message = transferStepMessage({
      step: 'rejected',
      scheme: 'medical',
      deadlineOn: null,
      reasonCode: 'BACK_PAYMENT_NEEDS_DOCUMENTS',
    });
    expect(message.bodyZh).toContain('原因：一次性补缴三年以上，须提供法律文书。');
    expect(message.bodyZh).toContain('书面说明在申请详情页');
    expect(message.bodyEn).toContain(
      'Reason: A lump-sum back payment of three years or more needs the legal documents.',
    );
    expect(message.bodyEn).toContain('written explanation is on the application page');
    expect(message.sms).toContain('一次性补缴三年以上');
  });

  it('says it was the transfer-out agency that refused after acceptance, and that no funds moved', () => {
    const message = transferStepMessage({
      step: 'rejected',
      scheme: 'employee-pension',
      deadlineOn: null,
      reasonCode: 'ARREARS',
      byAgency: 'transfer-out',
    });
    expect(message.titleZh).toBe('您的转移未能办理');
    expect(message.bodyZh).toContain('转出地社保经办机构核对后');
    expect(message.bodyZh).toContain('原因：原参保地有欠缴保费。');
    expect(message.bodyZh).toContain('基金没有转出');
    expect(message.bodyEn).toContain('The transfer-out agency checked your record');
    expect(message.sms).toMatch(/^【社保】.*转出地核对无法办理，原因：原参保地有欠缴保费/);
    // The transfer-in agency's refusal reads as before.
    const onReview = transferStepMessage({
      step: 'rejected',
      scheme: 'employee-pension',
      deadlineOn: null,
      reasonCode: 'ARREARS',
      byAgency: 'transfer-in',
    });
    expect(onReview.bodyZh).toContain('转入地社保经办机构对您的');
  });

  it('does not call a refusal after acceptance by the transfer-in agency "not accepted"', () => {
    const message = transferStepMessage({
      step: 'rejected',
      scheme: 'employee-pension',
      deadlineOn: null,
      reasonCode: 'RECORDS_DO_NOT_MATCH',
      byAgency: 'transfer-in',
      afterAcceptance: true,
    });
    expect(message.titleZh).toBe('您的转移未能办理');
    expect(message.bodyZh).toContain('转入地社保经办机构受理后经核对');
    expect(message.bodyZh).toContain('基金没有转出');
    expect(message.bodyEn).toContain('After accepting it, the transfer-in agency found');
    expect(message.sms).toMatch(/^【社保】.*转入地核对无法办理，原因：/);
    for (const text of Object.values(message)) expect(text).not.toMatch(/受理的决定|未予受理/);
  });

  it('names no reason it does not know, rather than showing a code', () => {
    const message = transferStepMessage({
      step: 'rejected',
      scheme: 'medical',
      deadlineOn: null,
      reasonCode: 'SOMETHING_NEW',
    });
    expect(message.bodyZh).not.toContain('SOMETHING_NEW');
    expect(message.bodyZh).toContain('原因：见申请详情');
  });

  it('says when the deadline is not known yet instead of inventing one', () => {
    const message = transferStepMessage({
      step: 'submitted',
      scheme: 'employee-pension',
      deadlineOn: null,
      reasonCode: null,
    });
    expect(message.bodyZh).toContain('法定期限将在国家公布下一年节假日安排后确定');
    expect(message.bodyEn).toContain('will be set once');
  });

  it('calls a provisional deadline provisional, in both languages and in the text', () => {
    const message = transferStepMessage({
      step: 'submitted',
      scheme: 'employee-pension',
      deadlineOn: '2027-01-06',
      deadlineProvisional: true,
      reasonCode: null,
    });
    expect(message.bodyZh).toContain('法定期限暂定到2027年1月6日（国家公布节假日安排后重新计算）');
    expect(message.sms).toContain('暂定到2027年1月6日');
    expect(message.bodyEn).toContain('by 6 January 2027 at the latest for now (a provisional');
  });

  it('writes every step in both languages, and no text carries an ID or phone number', () => {
    for (const step of notifiedTransferSteps) {
      const message = transferStepMessage({
        step,
        scheme: 'resident-pension',
        deadlineOn: '2025-10-13',
        reasonCode: 'OTHER',
      });
      for (const text of Object.values(message)) {
        expect(text.length).toBeGreaterThan(4);
        expect(findPersonalData(text)).toEqual([]);
      }
      expect(message.bodyZh).toContain('城乡居民基本养老保险');
      expect(message.bodyEn).toMatch(/\b[Yy]our resident basic pension transfer/);
    }
  });

  it('tells of a deadline moved by a holiday arrangement, and says when it is still provisional', () => {
    const facts = {
      scheme: 'medical',
      previousDeadlineOn: '2027-12-30',
      deadlineOn: '2028-01-04',
      arrangementYear: 2027,
    } as const;
    const certain = deadlineMovedMessage({ ...facts, deadlineProvisional: false });
    expect(certain.bodyZh).toContain(
      '国家已公布2027年节假日安排，您的基本医疗保险关系转移申请下一步的法定期限按新安排重新计算，现在是2028年1月4日（原为2027年12月30日）',
    );
    expect(certain.bodyEn).toContain('it is now 4 January 2028 (it was 30 December 2027)');
    expect(certain.sms).toContain('法定期限改为2028年1月4日（原为2027年12月30日）');
    expect(certain.bodyZh).not.toContain('暂定');
    const provisional = deadlineMovedMessage({ ...facts, deadlineProvisional: true });
    expect(provisional.bodyZh).toContain('新期限仍为暂定');
    expect(provisional.bodyEn).toContain('It is still provisional');
    expect(provisional.sms).toContain('法定期限暂定改为2028年1月4日');
    for (const text of [...Object.values(certain), ...Object.values(provisional)])
      expect(findPersonalData(text)).toEqual([]);
  });
});
