import { api } from './client.ts';
import type { components, paths } from './schema.d.ts';
import { unwrap } from './unwrap.ts';

export type AgencyQueuePage = components['schemas']['AgencyQueue'];
export type AgencyQueueRow = AgencyQueuePage['rows'][number];
export type AgencyQueueQuery = NonNullable<
  paths['/api/v1/agency/queues/{queue}']['get']['parameters']['query']
>;
export type AgencyCase = components['schemas']['AgencyCase'];
export type AgencyRegion = components['schemas']['AgencyRegion'];
export type RevealableField = components['schemas']['RevealedPersonalData']['field'];
export type RejectionRequest =
  paths['/api/v1/agency/cases/{id}/reject']['post']['requestBody']['content']['application/json'];
export type TransferOutResult = components['schemas']['AgencyTransferOutResult'];
export type CompletionResult = components['schemas']['AgencyCompletionResult'];
export type OverdueCases = components['schemas']['AgencyOverdueCases'];
export type HandlingTimes = components['schemas']['AgencyHandlingTimes'];
export type DocumentKind = AgencyCase['documents'][number]['kind'];
export type DeadlineState = NonNullable<AgencyQueueRow['deadlineState']>;

/** One page of a work queue of the signed-in staff member's agency. */
export async function getQueue(
  queue: AgencyQueuePage['queue'],
  query: AgencyQueueQuery,
  signal?: AbortSignal,
): Promise<AgencyQueuePage> {
  return unwrap(
    api.GET('/api/v1/agency/queues/{queue}', { params: { path: { queue }, query }, signal }),
  );
}

/** A case as agency staff see it: masked applicant, checks, timeline, documents, actions. */
export async function getCase(id: string, signal?: AbortSignal): Promise<AgencyCase> {
  return unwrap(api.GET('/api/v1/agency/cases/{id}', { params: { path: { id } }, signal }));
}

/** The full ID number or phone of the applicant; the reason goes to the audit log. */
export async function revealApplicantData(
  id: string,
  field: RevealableField,
  reason: string,
): Promise<string> {
  const answer = await unwrap(
    api.POST('/api/v1/agency/cases/{id}/reveal', {
      params: { path: { id } },
      body: { field, reason },
    }),
  );
  return answer.value;
}

/** Accepts the application seen at `version`; the answer is the case as it now stands. */
export async function acceptCase(id: string, version: number): Promise<AgencyCase> {
  return unwrap(
    api.POST('/api/v1/agency/cases/{id}/accept', {
      params: { path: { id } },
      body: { version },
    }),
  );
}

/** Rejects the application seen at `version` with a reason code and the applicant's explanation. */
export async function rejectCase(id: string, body: RejectionRequest): Promise<AgencyCase> {
  return unwrap(api.POST('/api/v1/agency/cases/{id}/reject', { params: { path: { id } }, body }));
}

/** The transfer-out agency's step: the computed amounts move and the information table is issued. */
export async function transferOutCase(id: string, version: number): Promise<TransferOutResult> {
  return unwrap(
    api.POST('/api/v1/agency/cases/{id}/transfer-out', {
      params: { path: { id } },
      body: { version },
    }),
  );
}

/** The transfer-in agency confirms funds and records: the account merges, the case completes. */
export async function completeCase(id: string, version: number): Promise<CompletionResult> {
  return unwrap(
    api.POST('/api/v1/agency/cases/{id}/complete', {
      params: { path: { id } },
      body: { version },
    }),
  );
}

/** Where a case's PDF document is downloaded (an ordinary link: the browser saves the file). */
export const caseDocumentUrl = (id: string, kind: DocumentKind) =>
  `/api/v1/agency/cases/${encodeURIComponent(id)}/documents/${kind}`;

/** Every overdue case of the supervisor's agency, the longest overdue first. */
export async function getOverdueCases(signal?: AbortSignal): Promise<OverdueCases> {
  return unwrap(api.GET('/api/v1/agency/supervision/overdue', { params: { query: {} }, signal }));
}

/** The agency's average handling time per step over the last `days` days. */
export async function getHandlingTimes(days: number, signal?: AbortSignal): Promise<HandlingTimes> {
  return unwrap(
    api.GET('/api/v1/agency/supervision/handling-times', { params: { query: { days } }, signal }),
  );
}
