import { describe, expect, it } from 'vitest';
import type { AgencyCase } from '../../api/agency.ts';
import { agencyZhCN } from './agency-messages.zh-CN.ts';
import { agencyEn } from './agency-messages.en.ts';
import {
  actionTextsFor,
  refusesAfterAcceptance,
  rejectionOf,
  rejectionProblems,
  revealReasonProblem,
} from './step-forms.ts';

const actions = agencyZhCN.actions;
const reveal = agencyZhCN.reveal;

describe('the rejection form', () => {
  it('asks for both the reason and the explanation, each beside its field', () => {
    expect(rejectionProblems({ reasonCode: '', explanation: '  ' }, actions)).toEqual([
      { fieldId: 'reject-reason', message: '请选择不予受理的原因' },
      { fieldId: 'reject-explanation', message: '请填写书面说明' },
    ]);
  });

  it('refuses a reason code that is not on the list', () => {
    const problems = rejectionProblems(
      { reasonCode: 'BECAUSE', explanation: '您在转入地还没有参保缴费记录。' },
      actions,
    );
    expect(problems.map((p) => p.fieldId)).toEqual(['reject-reason']);
  });

  it('counts characters, not bytes: ten Chinese characters are enough', () => {
    expect(
      rejectionProblems({ reasonCode: 'ARREARS', explanation: '原参保地有欠缴保费' }, actions),
    ).toEqual([{ fieldId: 'reject-explanation', message: '书面说明至少 10 个字' }]);
    expect(
      rejectionProblems({ reasonCode: 'ARREARS', explanation: '原参保地有欠缴的保费' }, actions),
    ).toEqual([]);
  });

  it('keeps ID numbers and phone numbers out of what the applicant reads', () => {
    const problems = rejectionProblems(
      { reasonCode: 'OTHER', explanation: '请致电 13900001234 联系我们补充材料。' },
      actions,
    );
    expect(problems).toEqual([
      { fieldId: 'reject-explanation', message: '书面说明中不能含有身份证号码或电话号码' },
    ]);
  });

  it('sends the explanation without the spaces around it', () => {
    expect(
      rejectionOf({ reasonCode: 'OTHER', explanation: '  需要补充材料后重新申请。 ' }),
    ).toEqual({
      reasonCode: 'OTHER',
      explanation: '需要补充材料后重新申请。',
    });
  });
});

describe('the words of a refusal', () => {
  type Step = AgencyCase['timeline'][number];
  const step = (seq: number, action: Step['action']) => ({ seq, action }) as Step;
  const submitted = step(1, 'submitted');
  const accepted = step(2, 'accepted');
  const caseOf = (status: AgencyCase['status'], timeline: Step[]) => ({ status, timeline });

  it('are 不予受理 before the case is accepted, and for a case refused on review', () => {
    for (const onReview of [
      caseOf('submitted', [submitted]),
      caseOf('rejected', [step(2, 'rejected'), submitted]),
      undefined,
    ]) {
      const a = actionTextsFor(actions, onReview);
      expect([a.reject, a.rejectTitle, a.rejectConfirm]).toEqual([
        '不予受理',
        '不予受理',
        '确认不予受理',
      ]);
    }
  });

  it('are 不予办理 once the case is accepted, whichever agency refuses', () => {
    for (const afterAcceptance of [
      caseOf('accepted', [accepted, submitted]),
      caseOf('rejected', [step(3, 'rejected'), accepted, submitted]),
    ]) {
      expect(refusesAfterAcceptance(afterAcceptance)).toBe(true);
      const a = actionTextsFor(actions, afterAcceptance);
      expect([a.reject, a.rejectTitle, a.reasonCode, a.rejectConfirm, a.rejected]).toEqual([
        '不予办理',
        '不予办理',
        '不予办理原因',
        '确认不予办理',
        '已不予办理，申请人会收到原因和说明。',
      ]);
      expect(
        rejectionProblems({ reasonCode: '', explanation: '经核对，原参保地有欠缴的保费。' }, a),
      ).toEqual([{ fieldId: 'reject-reason', message: '请选择不予办理的原因' }]);
    }
    const acceptedCase = caseOf('accepted', [accepted, submitted]);
    expect(actionTextsFor(agencyEn.actions, acceptedCase).rejectConfirm).toBe('Yes, refuse');
  });
});

describe('the reason to reveal personal data', () => {
  it('is required, at least 5 and at most 200 characters', () => {
    expect(revealReasonProblem(' ', reveal)).toBe('请填写查看原因');
    expect(revealReasonProblem('核对', reveal)).toBe('查看原因至少 5 个字');
    expect(revealReasonProblem('核对身份证原件', reveal)).toBeNull();
    expect(revealReasonProblem('核'.repeat(201), reveal)).toBe('查看原因不能超过 200 个字');
  });
});
