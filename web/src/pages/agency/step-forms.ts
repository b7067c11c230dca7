import { findPersonalData } from '../../../../domain/identifiers/index.ts';
import {
  isRejectionReasonCode,
  type RejectionReasonCode,
} from '../../../../domain/transfer/rejection-reasons.ts';
import type { FieldError } from '../../components/ErrorSummary.tsx';
import type { AgencyMessages } from './agency-messages.zh-CN.ts';

// The same limits as the server's schemas (agency.schemas.ts): checked here first so that the
// staff member reads every problem at once, beside its field, before anything is sent.

/** What a staff member has typed into the rejection form, kept across reloads of the case. */
export interface RejectionDraft {
  reasonCode: string;
  explanation: string;
}

export const emptyRejection: RejectionDraft = { reasonCode: '', explanation: '' };

export const rejectFieldIds = { reasonCode: 'reject-reason', explanation: 'reject-explanation' };

/** Whether a staff member on these sides of a case is its transfer-out agency alone. */
export function isTransferOutSide(sides: readonly string[]): boolean {
  return sides.includes('transfer-out') && !sides.includes('transfer-in');
}

/**
 * The words of the steps for a staff member on these sides of a case: the transfer-in agency does
 * not accept an application (不予受理); the transfer-out agency, whose case was accepted, will not
 * carry the transfer out (不予办理), as the case's status tag then says too.
 */
export function actionTextsFor(
  actions: AgencyMessages['actions'],
  sides: readonly string[],
): AgencyMessages['actions'] {
  return isTransferOutSide(sides) ? { ...actions, ...actions.transferOutRefusal } : actions;
}

/** The problems of a rejection form, in the order of the form; none means it may be sent. */
export function rejectionProblems(
  draft: RejectionDraft,
  t: AgencyMessages['actions'],
): FieldError[] {
  const problems: FieldError[] = [];
  if (!isRejectionReasonCode(draft.reasonCode))
    problems.push({ fieldId: rejectFieldIds.reasonCode, message: t.reasonMissing });
  const explanation = draft.explanation.trim();
  const message =
    explanation === ''
      ? t.explanationMissing
      : [...explanation].length < 10
        ? t.explanationShort
        : [...explanation].length > 500
          ? t.explanationTooLong
          : findPersonalData(explanation).length > 0
            ? t.explanationPersonalData
            : null;
  if (message) problems.push({ fieldId: rejectFieldIds.explanation, message });
  return problems;
}

/** The rejection to send, once `rejectionProblems` found none. */
export function rejectionOf(draft: RejectionDraft): {
  reasonCode: RejectionReasonCode;
  explanation: string;
} {
  if (!isRejectionReasonCode(draft.reasonCode)) throw new Error('no reason chosen');
  return { reasonCode: draft.reasonCode, explanation: draft.explanation.trim() };
}

/** The problem with a reason for revealing personal data, or null when it may be sent. */
export function revealReasonProblem(reason: string, t: AgencyMessages['reveal']): string | null {
  const text = reason.trim();
  if (text === '') return t.reasonMissing;
  if ([...text].length < 5) return t.reasonShort;
  if ([...text].length > 200) return t.reasonTooLong;
  if (findPersonalData(text).length > 0) return t.reasonPersonalData;
  return null;
}
