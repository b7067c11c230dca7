import { findPersonalData } from '../../../../domain/identifiers/index.ts';
import {
  isRefusalAfterAcceptance,
  wouldRefuseAfterAcceptance,
} from '../../../../domain/transfer/refusal.ts';
import {
  isRejectionReasonCode,
  type RejectionReasonCode,
} from '../../../../domain/transfer/rejection-reasons.ts';
import type { AgencyCase } from '../../api/agency.ts';
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

/**
 * Whether a rejection of the case is, or would now be, a refusal after its acceptance: read from
 * its rejection when it has one, else from its status (DECISIONS 44).
 */
export function refusesAfterAcceptance(
  agencyCase: Pick<AgencyCase, 'status' | 'timeline'>,
): boolean {
  const rejection = agencyCase.timeline.find((entry) => entry.action === 'rejected');
  return rejection
    ? isRefusalAfterAcceptance(agencyCase.timeline, rejection)
    : wouldRefuseAfterAcceptance(agencyCase.status);
}

/**
 * The words of the steps on a case: before it is accepted, the transfer-in agency does not accept
 * it (不予受理); once accepted, either agency's refusal means the transfer will not be carried out
 * (不予办理), as the case's status tag then says too. Without a case yet, the first.
 */
export function actionTextsFor(
  actions: AgencyMessages['actions'],
  agencyCase: Pick<AgencyCase, 'status' | 'timeline'> | null | undefined,
): AgencyMessages['actions'] {
  return agencyCase && refusesAfterAcceptance(agencyCase)
    ? { ...actions, ...actions.refusalAfterAcceptance }
    : actions;
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
