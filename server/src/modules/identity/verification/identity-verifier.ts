/**
 * The identity-verification port: real-person (face) authentication (实人认证) by a provider.
 * `start` opens a transaction at the provider for a person; `complete` checks the provider's
 * result for that transaction. The platform keeps only the outcome, the transaction id, the score
 * and the time — the provider keeps the face. The production adapter is `http-face-verifier.ts`;
 * `development-face-verifier.ts` is for development only and refused in production.
 */
export interface IdentityVerifier {
  readonly kind: 'http' | 'development';
  start(request: {
    person: { name: string; citizenId: string };
    /** Where the provider sends the citizen back when they are done. */
    returnTo: string;
  }): Promise<{ transactionId: string; redirectUrl?: string }>;
  /** Throws VerificationResultRejected when the result cannot be trusted for this transaction. */
  complete(request: {
    transactionId: string;
    providerResult: unknown;
    now?: Date;
  }): Promise<VerificationOutcome>;
}

export interface VerificationOutcome {
  outcome: 'pass' | 'fail';
  score: number | null;
  completedAt: Date;
}

/** The provider could not be reached or refused to open a transaction. */
export class VerificationProviderError extends Error {
  override name = 'VerificationProviderError';
}

/** A result that is forged, altered, stale, or for another transaction: it changes nothing. */
export class VerificationResultRejected extends Error {
  override name = 'VerificationResultRejected';
}
