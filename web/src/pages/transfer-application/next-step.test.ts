import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages.en.ts';
import { zhCN } from '../../i18n/messages.zh-CN.ts';
import { nextStepSentence } from './next-step.ts';

describe('what happens after the latest step of an application', () => {
  it('after submitting, the transfer-in agency reviews: 15 working days for a pension, 5 for medical insurance', () => {
    expect(nextStepSentence(zhCN, 'employee-pension', 'submitted')).toBe(
      '转入地社保经办机构将在15个工作日内审核您的申请。',
    );
    expect(nextStepSentence(zhCN, 'medical', 'submitted')).toBe(
      '转入地社保经办机构将在5个工作日内审核您的申请。',
    );
  });

  it('after acceptance it is the transfer-out agency’s turn, not a review', () => {
    expect(nextStepSentence(zhCN, 'employee-pension', 'accepted')).toBe(
      '转出地社保经办机构将在15个工作日内核对您的信息、转出基金。您不需要做什么。',
    );
    expect(nextStepSentence(en, 'medical', 'accepted')).toBe(
      'The transfer-out agency checks your record and sends the funds within 10 working days. You need not do anything.',
    );
  });

  it('after the transfer out, the transfer-in agency merges the account', () => {
    expect(nextStepSentence(en, 'medical', 'out-done')).toBe(
      'The transfer-in agency checks the funds and records and merges your account within 5 working days.',
    );
  });

  it('nothing follows a completed, rejected or withdrawn application', () => {
    for (const after of ['completed', 'rejected', 'withdrawn'] as const)
      expect(nextStepSentence(zhCN, 'employee-pension', after)).toBeNull();
  });
});
