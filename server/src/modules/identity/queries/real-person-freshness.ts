import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { findBoundPersonAndLastPass, lastPassedAt } from '../verification.repository.ts';

/**
 * Until when the account's last real-person authentication counts as fresh, or null when there
 * is none or it is older than `withinMinutes`.
 */
export async function realPersonAuthenticatedUntil({
  db,
  accountId,
  personId,
  withinMinutes,
  now = new Date(),
}: {
  db: Executor;
  accountId: string;
  personId: string | null;
  withinMinutes: number;
  now?: Date;
}): Promise<Date | null> {
  if (personId === null) return null;
  const passedAt = await lastPassedAt(db, accountId, personId);
  return passedAt ? freshUntil(passedAt, withinMinutes, now) : null;
}

/**
 * For sensitive actions (submitting a transfer, reporting a card lost, changing the phone):
 * throws REAL_PERSON_AUTHENTICATION_REQUIRED unless the account's bound person passed a
 * real-person authentication within the last `withinMinutes`.
 */
export async function requireFreshRealPersonAuthentication({
  db,
  accountId,
  withinMinutes,
  now = new Date(),
}: {
  db: Executor;
  accountId: string;
  withinMinutes: number;
  now?: Date;
}): Promise<{ personId: string; authenticatedUntil: Date }> {
  const found = await findBoundPersonAndLastPass(db, accountId);
  if (!found?.personId || !found.passedAt)
    throw new AppError('REAL_PERSON_AUTHENTICATION_REQUIRED');
  const until = freshUntil(found.passedAt, withinMinutes, now);
  if (!until) throw new AppError('REAL_PERSON_AUTHENTICATION_REQUIRED');
  return { personId: found.personId, authenticatedUntil: until };
}

function freshUntil(passedAt: Date, withinMinutes: number, now: Date): Date | null {
  const until = new Date(passedAt.getTime() + withinMinutes * 60_000);
  return until > now ? until : null;
}
