import type { z } from 'zod';
import { maskCitizenId, maskName, maskPhone } from '../../../../../domain/identifiers/index.ts';
import { applicationReference } from '../../../../../domain/transfer/application-reference.ts';
import { monthsInclusive } from '../../../../../domain/transfer/months.ts';
import { isProvisionalDeadline } from '../deadline.ts';
import {
  actionLabelOf,
  currentStepDeadline,
  rejectionReasonOf,
  statusLabelOf,
} from '../transfers.presenter.ts';
import type { caseSchema, queueSchema } from './agency.schemas.ts';
import type { AgencyCaseView } from './get-agency-case.ts';
import type { AgencyQueue } from './agency-queue.repository.ts';
import type { QueueEntry } from './list-agency-queue.ts';
import type { NamedRegion } from './region-names.ts';

const regionOf = ({ code, name, agencyName }: NamedRegion) => ({ code, name, agencyName });
const roles = { citizen: 'applicant', staff: 'agency', system: 'system' } as const;

// A personal number may be the ID number itself in some regions: never shown in full then.
const personalNumber = (value: string | null) =>
  value !== null && value.length >= 15 ? maskCitizenId(value) : value;

/** A page of a work queue: names masked (SECURITY.md), deadlines with their standing. */
export function presentQueue(
  queue: AgencyQueue,
  page: { entries: QueueEntry[]; total: number; nextCursor: string | null },
): z.infer<typeof queueSchema> {
  return {
    queue,
    total: page.total,
    nextCursor: page.nextCursor,
    rows: page.entries.map(({ record, ...entry }) => ({
      id: record.id,
      reference: applicationReference(record.id),
      scheme: record.scheme,
      applicantName: maskName(entry.applicantName),
      fromRegion: regionOf(entry.fromRegion),
      toRegion: regionOf(entry.toRegion),
      submittedAt: record.submittedAt.toISOString(),
      status: record.status,
      nextDeadlineOn: record.nextDeadlineOn,
      workingDaysLeft: entry.workingDaysLeft,
      deadlineState: entry.deadlineState,
      deadlineProvisional: entry.deadlineProvisional,
      overdue: entry.deadlineState === 'overdue',
      version: record.version,
    })),
  };
}

/** A case page: the applicant's ID number, name and phones masked unless revealed. */
export function presentAgencyCase(view: AgencyCaseView): z.infer<typeof caseSchema> {
  const { application, person, regionName } = view;
  const actions = view.timeline.map((entry) => entry.action);
  return {
    id: application.id,
    reference: applicationReference(application.id),
    scheme: application.scheme,
    status: application.status,
    statusLabel: statusLabelOf(application, actions),
    version: application.version,
    sides: view.sides,
    fromRegion: regionOf(view.fromRegion),
    toRegion: regionOf(view.toRegion),
    submittedAt: application.submittedAt.toISOString(),
    applicant: {
      name: maskName(person.name),
      citizenId: maskCitizenId(view.citizenId),
      sex: person.sex,
      hukouRegion: {
        code: person.hukouRegionCode,
        name: regionName(person.hukouRegionCode).fullName,
      },
    },
    form: {
      contactPhone: maskPhone(view.contactPhone),
      address: application.address,
      postCode: application.postCode,
      formerPersonalNumber: personalNumber(application.formerPersonalNumber),
      agent:
        application.agentName !== null && view.agentPhone !== null
          ? { name: maskName(application.agentName), phone: maskPhone(view.agentPhone) }
          : null,
      channel: application.channel,
    },
    nextStep: view.nextStep && {
      deadlineOn: view.nextStep.deadlineOn,
      workingDaysLeft: view.nextStep.workingDaysLeft,
      deadlineState: view.nextStep.state,
      deadlineProvisional: view.nextStep.provisional,
      overdue: view.nextStep.state === 'overdue',
    },
    checks: view.checks,
    relationships: view.relationships.map((r) => ({
      region: regionOf(regionName(r.regionCode)),
      status: r.status,
      accountKind: r.accountKind,
      arrearsFen: r.arrearsFen,
      startedOn: r.startedOn,
      endedOn: r.endedOn,
      contributionMonths: r.periods.reduce((sum, p) => sum + monthsInclusive(p.from, p.to), 0),
    })),
    timeline: view.timeline.map(({ action, actor }) => {
      const deadlineOn = currentStepDeadline(application, view.timeline[0]?.action, action);
      return {
        seq: action.seq,
        action: action.action,
        label: actionLabelOf(actions, action),
        actor: {
          role: roles[actor.kind],
          displayName: actor.displayName,
          agency: actor.agency && regionOf(actor.agency),
        },
        at: action.at.toISOString(),
        reason: rejectionReasonOf(action.reasonCode),
        note: action.note,
        deadlineOn,
        deadlineProvisional: deadlineOn !== null && isProvisionalDeadline(deadlineOn),
      };
    }),
    documents: view.documents.map((d) => ({
      kind: d.kind,
      number: d.number,
      issuedAt: d.issuedAt.toISOString(),
      issuedBy: regionOf(regionName(d.issuedByRegionCode)),
    })),
    availableActions: view.availableActions,
  };
}
