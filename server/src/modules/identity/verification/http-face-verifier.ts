import { verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../platform/audit/index.ts';
import {
  VerificationProviderError,
  VerificationResultRejected,
  type IdentityVerifier,
} from './identity-verifier.ts';

/** A signed result older than this is refused: it may be replayed. */
export const RESULT_MAX_AGE_MS = 5 * 60_000;
/** Clock difference tolerated for a result that claims to come from the future. */
const CLOCK_SKEW_MS = 60_000;

export interface HttpFaceVerifier extends IdentityVerifier {
  readonly kind: 'http';
}

/**
 * The face-verification provider over HTTP. Contract (docs/INTEGRATIONS.md): `POST <url>/sessions`
 * with `Authorization: Bearer <token>` and `{ name, citizenId, returnTo, reference }` answers
 * `{ transactionId, redirectUrl }`. The result comes back through the citizen's browser as
 * `{ transactionId, outcome, score, completedAt, signature }`, `signature` being Ed25519 (base64)
 * over the canonical JSON of the other four fields, checked with the provider's public key.
 */
export function createHttpFaceVerifier(options: {
  url: string;
  token: string;
  publicKey: KeyObject;
  timeoutMs?: number;
}): HttpFaceVerifier {
  return {
    kind: 'http',
    async start({ person, returnTo }) {
      let response: Response;
      try {
        response = await fetch(`${options.url}/sessions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
          // A message between the platform and its provider: the full ID number is needed here.
          body: JSON.stringify({
            name: person.name,
            citizenId: person.citizenId,
            returnTo,
            reference: crypto.randomUUID(),
          }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
      } catch (error) {
        throw new VerificationProviderError(`provider unreachable: ${(error as Error).name}`);
      }
      if (!response.ok) throw new VerificationProviderError(`provider answered ${response.status}`);
      const body = (await response.json().catch(() => undefined)) as
        { transactionId?: unknown; redirectUrl?: unknown } | undefined;
      if (typeof body?.transactionId !== 'string' || typeof body.redirectUrl !== 'string')
        throw new VerificationProviderError('provider answered without a transaction');
      return { transactionId: body.transactionId, redirectUrl: body.redirectUrl };
    },
    async complete({ transactionId, providerResult, now = new Date() }) {
      const result = readSignedResult(providerResult);
      const signed = Buffer.from(
        canonicalJson({
          transactionId: result.transactionId,
          outcome: result.outcome,
          score: result.score,
          completedAt: result.completedAt,
        }),
      );
      const genuine = signatureHolds(signed, result.signature, options.publicKey);
      if (!genuine) throw new VerificationResultRejected('bad signature');
      if (result.transactionId !== transactionId)
        throw new VerificationResultRejected('another transaction');
      const completedAt = new Date(result.completedAt);
      const age = now.getTime() - completedAt.getTime();
      if (Number.isNaN(age) || age > RESULT_MAX_AGE_MS || age < -CLOCK_SKEW_MS)
        throw new VerificationResultRejected('stale result');
      return { outcome: result.outcome, score: result.score, completedAt };
    },
  };
}

interface SignedResult {
  transactionId: string;
  outcome: 'pass' | 'fail';
  score: number;
  completedAt: string;
  signature: string;
}

function readSignedResult(value: unknown): SignedResult {
  const r = value as Partial<SignedResult> | null;
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof r.transactionId !== 'string' ||
    (r.outcome !== 'pass' && r.outcome !== 'fail') ||
    typeof r.score !== 'number' ||
    typeof r.completedAt !== 'string' ||
    typeof r.signature !== 'string'
  )
    throw new VerificationResultRejected('malformed result');
  return r as SignedResult;
}

/** Whether the base64 Ed25519 signature is the provider's over these bytes; false for garbage. */
function signatureHolds(data: Buffer, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, data, publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
