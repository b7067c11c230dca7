import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { findPersonByCitizenId } from '../../persons/index.ts';
import { bindAccountToPerson, lockAccount } from '../identity.repository.ts';

/**
 * Binds the citizen's account to a person of the registry: the ID number must be registered and
 * the registered name must match exactly. An unknown number and a wrong name get the same answer,
 * so that nobody can learn who is registered. One account per person, one person per account.
 */
export async function bindPersonToAccount({
  db,
  cipher,
  accountId,
  name,
  citizenId,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  accountId: string;
  name: string;
  citizenId: string;
  now?: Date;
}): Promise<{ personId: string }> {
  const person = await findPersonByCitizenId({ db, cipher, citizenId });
  if (!person || person.name !== name.trim()) throw new AppError('PERSON_NOT_MATCHED');
  try {
    return await db.transaction(async (tx) => {
      const account = await lockAccount(tx, accountId);
      if (!account) throw new AppError('AUTHENTICATION_REQUIRED');
      if (account.personId === person.id) return { personId: person.id };
      if (account.personId !== null || !(await bindAccountToPerson(tx, accountId, person.id, now)))
        throw new AppError('PERSON_ALREADY_BOUND');
      await recordAudit(tx, {
        actor: { type: 'citizen', id: accountId },
        action: 'citizen.person-bound',
        subjectType: 'citizen-account',
        subjectId: accountId,
        data: { personId: person.id },
      });
      return { personId: person.id };
    });
  } catch (error) {
    // Two accounts binding the same person at once: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError('PERSON_ALREADY_BOUND');
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const codeOf = (value: unknown) => (value as { code?: unknown } | undefined)?.code;
  return codeOf(error) === '23505' || codeOf((error as { cause?: unknown })?.cause) === '23505';
}
