// A refusal's words follow the stage it came at (DECISIONS.md 44). On review, before the case is
// accepted, the transfer-in agency does not accept it: 不予受理. Once accepted (已受理, the contact
// letter sent), "not accepted" would contradict what the applicant has read: a refusal from then
// on, by either agency, means the transfer will not be carried out: 不予办理.
import type {
  TransferApplicationActionKind,
  TransferApplicationStatus,
} from './application-status.ts';

type Step = { action: TransferApplicationActionKind; seq: number };

/** Whether `step` is a rejection that came after the application had been accepted. */
export function isRefusalAfterAcceptance(steps: readonly Step[], step: Step): boolean {
  return (
    step.action === 'rejected' &&
    steps.some((earlier) => earlier.action === 'accepted' && earlier.seq < step.seq)
  );
}

/** Whether a rejection of an application now in `status` would come after its acceptance. */
export function wouldRefuseAfterAcceptance(status: TransferApplicationStatus): boolean {
  return status !== 'submitted';
}
