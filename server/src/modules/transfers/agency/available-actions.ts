import type { TransferApplicationStatus } from '../../../../../domain/transfer/application-status.ts';
import type { AgencySide } from './agency-case-access.ts';

/** What a staff member can do on a case page. */
export const agencyActions = ['accept', 'reject', 'transfer-out', 'complete', 'reveal'] as const;
export type AgencyAction = (typeof agencyActions)[number];

// DOMAIN.md §3: the transfer-in agency accepts or rejects, the transfer-out agency moves the
// relationship and the funds, the transfer-in agency completes. A rejection may still come after
// acceptance, when the transfer-out agency's checks find what the review could not see (arrears,
// a relationship still contributing, records that do not match): either agency may then refuse.
const steps: Record<AgencySide, Partial<Record<TransferApplicationStatus, AgencyAction[]>>> = {
  'transfer-in': {
    submitted: ['accept', 'reject'],
    accepted: ['reject'],
    'out-done': ['complete'],
  },
  'transfer-out': { accepted: ['transfer-out', 'reject'] },
};

/**
 * The actions open to a staff member of an agency on the given sides of a case in `status`: a
 * pure function of side and status, so that the page and the commands agree. Revealing the
 * applicant's ID number or phone (audited) is open to both sides at every status.
 */
export function availableAgencyActions(
  sides: readonly AgencySide[],
  status: TransferApplicationStatus,
): AgencyAction[] {
  const open = new Set<AgencyAction>(sides.flatMap((side) => steps[side][status] ?? []));
  if (sides.length > 0) open.add('reveal');
  return agencyActions.filter((action) => open.has(action));
}
