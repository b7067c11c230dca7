import type { z } from 'zod';
import { maskCitizenId, maskName, maskPhone } from '../../../../domain/identifiers/index.ts';
import type {
  TransferApplicationActionKind,
  TransferApplicationStatus,
} from '../../../../domain/transfer/application-status.ts';
import {
  explainRejectionReason,
  isRejectionReasonCode,
} from '../../../../domain/transfer/rejection-reasons.ts';
import { isRefusalAfterAcceptance } from '../../../../domain/transfer/refusal.ts';
import { agencyRef, type AgencyDirectory } from './agency-ref.ts';
import type { TransferEligibility } from './queries/check-transfer-eligibility.ts';
import { OPEN_STATUSES } from '../../../../domain/transfer/application-status.ts';
import { isProvisionalDeadline } from './deadline.ts';
import { agencySidesOf, type AgencySide } from './agency/agency-case-access.ts';
import type { TransferApplicationView } from './transfer-application-view.ts';
import type { ActionRow, ApplicationRow } from './transfers.repository.ts';
import type { applicationSchema, eligibilitySchema } from './transfers.schemas.ts';

/**
 * The status tag of an application, the same on every channel and page; a rejection of a case
 * already accepted reads as `refusalAfterAcceptanceLabel` (statusLabelOf).
 */
export const statusLabels: Record<TransferApplicationStatus, { zh: string; en: string }> = {
  submitted: { zh: '已提交，等待转入地审核', en: 'Submitted, waiting for the transfer-in agency' },
  accepted: { zh: '已受理，已发联系函', en: 'Accepted, contact letter sent' },
  'out-done': { zh: '转出地已办结，基金已转出', en: 'Transfer-out finished, funds sent' },
  completed: { zh: '已办结', en: 'Completed' },
  rejected: { zh: '不予受理', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** The timeline label of each action. */
export const actionLabels: Record<TransferApplicationActionKind, { zh: string; en: string }> = {
  submitted: { zh: '提交申请', en: 'Application submitted' },
  accepted: { zh: '转入地受理并发出联系函', en: 'Accepted; contact letter sent' },
  'out-done': { zh: '转出地办结并转出基金', en: 'Transfer-out finished; funds sent' },
  completed: { zh: '转入地办结', en: 'Transfer completed' },
  rejected: { zh: '不予受理', en: 'Rejected' },
  withdrawn: { zh: '申请人撤回', en: 'Withdrawn by the applicant' },
};

/**
 * A rejection of a case that was accepted (`isRefusalAfterAcceptance`, DECISIONS 44): by either
 * agency, it reads 不予办理, "will not be carried out", never the 不予受理 of a refusal on review.
 */
export const refusalAfterAcceptanceLabel = {
  zh: '不予办理',
  en: 'Refused after acceptance',
} as const;

/** The side of the transfer whose agency took a step; null for the applicant's and the system's. */
function sideOf(application: ApplicationRow, action: ActionRow): AgencySide | null {
  if (action.actorType !== 'staff') return null;
  return agencySidesOf(application, action.agencyRegionCode)[0] ?? null;
}

/** The timeline label of an action among the application's `actions` (for a refusal's words). */
export function actionLabelOf(
  actions: readonly ActionRow[],
  action: ActionRow,
): { zh: string; en: string } {
  return isRefusalAfterAcceptance(actions, action)
    ? refusalAfterAcceptanceLabel
    : actionLabels[action.action];
}

/**
 * The status tag of an application: a rejected one reads 不予受理 when refused on review and 不予办理
 * when refused after acceptance, read from its rejection among `actions`.
 */
export function statusLabelOf(
  application: ApplicationRow,
  actions: readonly ActionRow[],
): { zh: string; en: string } {
  const rejection = actions.find((action) => action.action === 'rejected');
  return application.status === 'rejected' && rejection
    ? actionLabelOf(actions, rejection)
    : statusLabels[application.status];
}

// Who acted, by role only: no staff name and no account id reaches the applicant. Staff are named
// by their agency's side of the transfer, since either side may refuse after acceptance.
const actors = {
  citizen: { role: 'applicant', label: { zh: '申请人本人', en: 'You' } },
  staff: { role: 'agency', label: { zh: '社保经办机构', en: 'Social insurance agency' } },
  'transfer-in': { role: 'agency', label: { zh: '转入地社保经办机构', en: 'Transfer-in agency' } },
  'transfer-out': {
    role: 'agency',
    label: { zh: '转出地社保经办机构', en: 'Transfer-out agency' },
  },
  system: { role: 'system', label: { zh: '系统', en: 'System' } },
} as const;

function actorOf(application: ApplicationRow, action: ActionRow) {
  if (action.actorType !== 'staff') return actors[action.actorType];
  return actors[sideOf(application, action) ?? 'staff'];
}

// A personal number may be the ID number itself in some regions: never shown in full then.
function presentPersonalNumber(value: string | null): string | null {
  return value !== null && value.length >= 15 ? maskCitizenId(value) : value;
}

/** The labels of a rejection's reason code; null for no code or one of another kind. */
export function rejectionReasonOf(
  code: string | null,
): { code: string; zh: string; en: string } | null {
  return code !== null && isRejectionReasonCode(code) ? explainRejectionReason(code) : null;
}

/**
 * The deadline an action set for the step after it, as timelines show it: for the open step (the
 * latest action of an open application) the deadline as counted now — a provisional one counted
 * again once its year's arrangement is loaded (DECISIONS 39) — and otherwise as recorded.
 */
export function currentStepDeadline(
  application: Pick<ApplicationRow, 'status' | 'nextDeadlineOn'>,
  latest: Pick<ActionRow, 'id'> | undefined,
  action: Pick<ActionRow, 'id' | 'deadlineOn'>,
): string | null {
  const open = OPEN_STATUSES.includes(application.status);
  return open && latest?.id === action.id ? application.nextDeadlineOn : action.deadlineOn;
}

function presentAction(view: TransferApplicationView, action: ActionRow) {
  const deadlineOn = currentStepDeadline(view.application, view.actions[0], action);
  return {
    seq: action.seq,
    action: action.action,
    label: actionLabelOf(view.actions, action),
    actor: actorOf(view.application, action),
    at: action.at.toISOString(),
    reasonCode: action.reasonCode,
    reason: rejectionReasonOf(action.reasonCode),
    note: action.note,
    deadlineOn,
    deadlineProvisional: deadlineOn !== null && isProvisionalDeadline(deadlineOn),
  };
}

/**
 * An application as its applicant sees it: the agencies by name, status tag, timeline newest
 * first, phones masked.
 */
export function presentTransferApplication(
  view: TransferApplicationView,
  agencies: AgencyDirectory,
): z.infer<typeof applicationSchema> {
  const { application } = view;
  return {
    id: application.id,
    scheme: application.scheme,
    status: application.status,
    statusLabel: statusLabelOf(application, view.actions),
    fromRegion: application.fromRegionCode,
    fromAgency: agencyRef(agencies, application.fromRegionCode),
    toRegion: application.toRegionCode,
    toAgency: agencyRef(agencies, application.toRegionCode),
    contactPhone: maskPhone(view.contactPhone),
    address: application.address,
    postCode: application.postCode,
    formerPersonalNumber: presentPersonalNumber(application.formerPersonalNumber),
    agent:
      application.agentName !== null && view.agentPhone !== null
        ? { name: maskName(application.agentName), phone: maskPhone(view.agentPhone) }
        : null,
    channel: application.channel,
    submittedAt: application.submittedAt.toISOString(),
    version: application.version,
    nextStep: view.nextStep,
    timeline: view.actions.map((action) => presentAction(view, action)),
  };
}

/** The eligibility answer with the form's prefill. */
export function presentEligibility(
  eligibility: TransferEligibility,
): z.infer<typeof eligibilitySchema> {
  return {
    eligible: eligibility.answer.eligible,
    reasons: eligibility.answer.reasons.map(({ code, zh, en }) => ({ code, zh, en })),
    prefill: {
      ...eligibility.prefill,
      formerPersonalNumber: presentPersonalNumber(eligibility.prefill.formerPersonalNumber),
    },
  };
}
