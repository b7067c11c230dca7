import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { findPersonById, revealCitizenId } from '../../persons/index.ts';
import { findAccountById } from '../identity.repository.ts';
import { insertConsent, insertVerification } from '../verification.repository.ts';
import {
  VerificationProviderError,
  type IdentityVerifier,
} from '../verification/identity-verifier.ts';

export type VerificationChannel = 'web' | 'app' | 'mini-program';

/** What the citizen does next: go to the provider, confirm on the development page, or enter a counter code. */
export type NextStep = 'provider' | 'development-confirm' | 'counter-code';

/**
 * Starts a real-person authentication (实人认证). The consent — purpose, notice version, time,
 * channel — is recorded first and with it; without it nothing starts. A face authentication opens
 * a transaction at the provider; a counter code needs nothing more than the code.
 */
export async function startRealPersonVerification({
  db,
  cipher,
  verifier,
  accountId,
  method,
  consent,
  channel,
  returnTo,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  verifier: IdentityVerifier;
  accountId: string;
  method: 'face' | 'counter-code';
  consent?: { noticeVersion: string; accepted: boolean } | undefined;
  channel: VerificationChannel;
  returnTo: string;
  now?: Date;
}): Promise<{ next: NextStep; redirectUrl: string | null }> {
  if (!consent?.accepted) throw new AppError('CONSENT_REQUIRED');
  const account = await findAccountById(db, accountId);
  if (!account) throw new AppError('AUTHENTICATION_REQUIRED');
  if (account.personId === null) throw new AppError('PERSON_NOT_BOUND');
  const consentRow = {
    id: newId(),
    accountId,
    purpose: 'real-person authentication' as const,
    method,
    noticeVersion: consent.noticeVersion,
    channel,
    givenAt: now,
  };
  if (method === 'counter-code') {
    await insertConsent(db, consentRow);
    return { next: 'counter-code', redirectUrl: null };
  }
  const person = await findPersonById({ db, personId: account.personId });
  if (!person) throw new AppError('PERSON_NOT_BOUND');
  let started: { transactionId: string; redirectUrl?: string };
  try {
    started = await verifier.start({
      person: { name: person.name, citizenId: revealCitizenId(cipher, person) },
      returnTo,
    });
  } catch (error) {
    if (error instanceof VerificationProviderError)
      throw new AppError('VERIFICATION_UNAVAILABLE', { retryAfterSeconds: 30 });
    throw error;
  }
  await db.transaction(async (tx) => {
    await insertConsent(tx, consentRow);
    await insertVerification(tx, {
      id: newId(),
      accountId,
      personId: person.id,
      consentId: consentRow.id,
      method: 'face',
      result: 'pending',
      providerTransactionId: started.transactionId,
      startedAt: now,
    });
  });
  return {
    next: verifier.kind === 'development' ? 'development-confirm' : 'provider',
    redirectUrl: started.redirectUrl ?? null,
  };
}
