import type { InsuranceScheme } from '../../../domain/schemes.ts';
import { api } from './client.ts';
import type { components, paths } from './schema.d.ts';
import { unwrap } from './unwrap.ts';

export type TransferEligibility = components['schemas']['TransferEligibility'];
export type TransferApplication = components['schemas']['TransferApplication'];
export type TransferApplicationRequest =
  paths['/api/v1/me/transfer-applications']['post']['requestBody']['content']['application/json'];

/** May the signed-in person apply online to move `scheme` to `destinationRegion`? */
export async function checkEligibility(
  scheme: InsuranceScheme,
  destinationRegion: string,
  signal?: AbortSignal,
): Promise<TransferEligibility> {
  return unwrap(
    api.POST('/api/v1/me/transfer-applications/eligibility', {
      body: { scheme, destinationRegion },
      signal,
    }),
  );
}

/** Submits an application; the same `idempotencyKey` and body never create a second one. */
export async function submitApplication(
  body: TransferApplicationRequest,
  idempotencyKey: string,
): Promise<TransferApplication> {
  return unwrap(
    api.POST('/api/v1/me/transfer-applications', {
      body,
      params: { header: { 'idempotency-key': idempotencyKey } },
    }),
  );
}

export async function listApplications(signal?: AbortSignal): Promise<TransferApplication[]> {
  const answer = await unwrap(api.GET('/api/v1/me/transfer-applications', { signal }));
  return answer.applications;
}

export async function getApplication(
  id: string,
  signal?: AbortSignal,
): Promise<TransferApplication> {
  return unwrap(
    api.GET('/api/v1/me/transfer-applications/{id}', { params: { path: { id } }, signal }),
  );
}

export async function withdrawApplication(
  id: string,
  version: number,
): Promise<TransferApplication> {
  return unwrap(
    api.POST('/api/v1/me/transfer-applications/{id}/withdraw', {
      params: { path: { id } },
      body: { version },
    }),
  );
}

/** Where the completion notice of a completed transfer is downloaded (an ordinary link). */
export const completionNoticeUrl = (id: string) =>
  `/api/v1/me/transfer-applications/${encodeURIComponent(id)}/documents/completion-notice`;

/** The short reference a citizen quotes (domain/transfer/application-reference.ts). */
export { applicationReference } from '../../../domain/transfer/application-reference.ts';
