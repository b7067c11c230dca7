import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { findPersonById, revealCitizenId } from '../../persons/index.ts';
import { findAccountById, type CitizenAccount } from '../identity.repository.ts';
import { realPersonAuthenticatedUntil } from './real-person-freshness.ts';

export interface CitizenAccountView {
  account: CitizenAccount;
  phone: string;
  /** The bound person, in clear: the presenter masks it. */
  person: { name: string; citizenId: string } | null;
  realPersonAuthenticatedUntil: Date | null;
}

/** The signed-in citizen's account with its bound person and real-person freshness. */
export async function getCitizenAccount({
  db,
  cipher,
  accountId,
  freshMinutes,
  now = new Date(),
}: {
  db: Executor;
  cipher: FieldCipher;
  accountId: string;
  freshMinutes: number;
  now?: Date;
}): Promise<CitizenAccountView> {
  const account = await findAccountById(db, accountId);
  if (!account) throw new AppError('AUTHENTICATION_REQUIRED');
  const person = account.personId
    ? await findPersonById({ db, personId: account.personId })
    : undefined;
  return {
    account,
    phone: cipher.decrypt(account.phoneEncrypted),
    person: person ? { name: person.name, citizenId: revealCitizenId(cipher, person) } : null,
    realPersonAuthenticatedUntil: await realPersonAuthenticatedUntil({
      db,
      accountId,
      personId: account.personId,
      withinMinutes: freshMinutes,
      now,
    }),
  };
}
