import { randomUUID } from 'node:crypto';
import { VerificationResultRejected, type IdentityVerifier } from './identity-verifier.ts';

export interface DevelopmentFaceVerifier extends IdentityVerifier {
  readonly kind: 'development';
}

/** What the development confirmation route hands to `complete`. */
export const DEVELOPMENT_CONFIRMATION = { developmentConfirmation: true } as const;

/**
 * DEVELOPMENT ONLY — no face is looked at: the authentication "passes" when the citizen confirms
 * on the development page (`POST /api/v1/me/verification/development-confirm`, registered only
 * with this adapter). The configuration refuses it in production.
 */
export function createDevelopmentFaceVerifier(): DevelopmentFaceVerifier {
  return {
    kind: 'development',
    async start() {
      return { transactionId: `development-${randomUUID()}` };
    },
    async complete({ providerResult, now = new Date() }) {
      const confirmed =
        typeof providerResult === 'object' &&
        providerResult !== null &&
        (providerResult as { developmentConfirmation?: unknown }).developmentConfirmation === true;
      if (!confirmed) throw new VerificationResultRejected('not a development confirmation');
      return { outcome: 'pass', score: null, completedAt: now };
    },
  };
}
