import { recordAudit } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { finishVerification, lockPendingFaceVerification } from '../verification.repository.ts';
import {
  VerificationResultRejected,
  type IdentityVerifier,
} from '../verification/identity-verifier.ts';

/**
 * Records the provider's result of the citizen's pending face authentication. A result the
 * adapter does not trust (forged, altered, stale, another transaction) changes nothing: the
 * authentication stays pending and the citizen may try again.
 */
export async function completeFaceVerification({
  db,
  verifier,
  accountId,
  providerResult,
  now = new Date(),
}: {
  db: Db;
  verifier: IdentityVerifier;
  accountId: string;
  providerResult: unknown;
  now?: Date;
}): Promise<{ result: 'passed' | 'failed'; completedAt: Date }> {
  return db.transaction(async (tx) => {
    const pending = await lockPendingFaceVerification(tx, accountId);
    if (!pending?.providerTransactionId) throw new AppError('VERIFICATION_NOT_STARTED');
    let outcome;
    try {
      outcome = await verifier.complete({
        transactionId: pending.providerTransactionId,
        providerResult,
        now,
      });
    } catch (error) {
      if (error instanceof VerificationResultRejected)
        throw new AppError('VERIFICATION_RESULT_INVALID');
      throw error;
    }
    const result = outcome.outcome === 'pass' ? 'passed' : 'failed';
    await finishVerification(tx, pending.id, {
      result,
      score: outcome.score,
      completedAt: outcome.completedAt,
    });
    await recordAudit(tx, {
      actor: { type: 'citizen', id: accountId },
      action: 'citizen.real-person-authenticated',
      subjectType: 'citizen-account',
      subjectId: accountId,
      data: { verificationId: pending.id, method: 'face', result, provider: verifier.kind },
    });
    return { result, completedAt: outcome.completedAt };
  });
}
