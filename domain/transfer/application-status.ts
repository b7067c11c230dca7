// A transfer application's status is derived from its append-only list of actions (DOMAIN.md §4):
// SUBMITTED → ACCEPTED → OUT_DONE → COMPLETED; REJECTED is terminal; the applicant may withdraw
// before acceptance.
import type { InsuranceScheme } from '../schemes.ts';

export const transferApplicationStatuses = [
  'submitted',
  'accepted',
  'out-done',
  'completed',
  'rejected',
  'withdrawn',
] as const;
export type TransferApplicationStatus = (typeof transferApplicationStatuses)[number];

export const transferApplicationActionKinds = [
  'submitted',
  'accepted',
  'out-done',
  'completed',
  'rejected',
  'withdrawn',
] as const;
export type TransferApplicationActionKind = (typeof transferApplicationActionKinds)[number];

/** The statuses in which an application is still open (one per person and scheme). */
export const OPEN_STATUSES: readonly TransferApplicationStatus[] = [
  'submitted',
  'accepted',
  'out-done',
];

const transitions: Record<
  TransferApplicationActionKind,
  readonly (TransferApplicationStatus | null)[]
> = {
  submitted: [null],
  accepted: ['submitted'],
  'out-done': ['accepted'],
  completed: ['out-done'],
  rejected: ['submitted', 'accepted'],
  withdrawn: ['submitted'],
};

/** Whether `action` may follow an application in `status` (null: no application yet). */
export function canApply(
  status: TransferApplicationStatus | null,
  action: TransferApplicationActionKind,
): boolean {
  return transitions[action].includes(status);
}

/** The status after the actions, oldest first; throws on an action that cannot follow. */
export function deriveApplicationStatus(
  actions: readonly { readonly action: TransferApplicationActionKind }[],
): TransferApplicationStatus {
  let status: TransferApplicationStatus | null = null;
  for (const { action } of actions) {
    if (!canApply(status, action)) {
      throw new RangeError(`Action ${action} cannot follow status ${status ?? 'none'}`);
    }
    status = action;
  }
  if (status === null) throw new RangeError('An application has at least one action');
  return status;
}

/**
 * Working days the next step has by law after each action (DOMAIN.md §3 and §5): the transfer-in
 * review and the transfer-out step take 15 working days each for pensions; medical insurance has
 * 5 for the transfer-in side and 10 for the transfer-out side. Null: no next step.
 */
export function nextStepWorkingDays(
  scheme: InsuranceScheme,
  action: TransferApplicationActionKind,
): number | null {
  const medical = scheme === 'medical';
  switch (action) {
    case 'submitted':
      return medical ? 5 : 15;
    case 'accepted':
      return medical ? 10 : 15;
    case 'out-done':
      return medical ? 5 : 15;
    default:
      return null;
  }
}
