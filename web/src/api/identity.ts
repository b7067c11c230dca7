import { ApiFailure } from './api-failure.ts';
import { api, type CitizenAccount } from './client.ts';
import type { components } from './schema.d.ts';
import { unwrap } from './unwrap.ts';

export type VerificationMethod = 'face' | 'counter-code';
export type VerificationStarted = components['schemas']['VerificationStarted'];
export type VerificationResult = components['schemas']['VerificationResult'];

/** Binds the account to a person of the registry; answers the account as `GET /me` does. */
export async function bindPerson(name: string, citizenId: string): Promise<CitizenAccount> {
  return unwrap(api.POST('/api/v1/me/person', { body: { name, citizenId } }));
}

/** Records the consent to the notice `noticeVersion` and starts a real-person authentication. */
export async function startVerification(
  method: VerificationMethod,
  noticeVersion: string,
): Promise<VerificationStarted> {
  return unwrap(
    api.POST('/api/v1/me/verification', {
      body: { method, consent: { noticeVersion, accepted: true }, channel: 'web' },
    }),
  );
}

/** Authenticates with the 8-character counter code (柜台核验码) that agency staff gave. */
export async function redeemCounterCode(code: string): Promise<VerificationResult> {
  return unwrap(api.POST('/api/v1/me/verification/counter-code', { body: { code } }));
}

/**
 * DEVELOPMENT ONLY: passes the pending face check without a face. The route is left out of the
 * published API description, so it is called without the typed client.
 */
export async function confirmDevelopmentFace(): Promise<VerificationResult> {
  let response: Response;
  try {
    response = await fetch('/api/v1/me/verification/development-confirm', {
      method: 'POST',
      credentials: 'same-origin',
    });
  } catch {
    throw ApiFailure.network();
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw ApiFailure.fromResponse(response.status, body, response.headers);
  return body as VerificationResult;
}
