import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import type { PersonRecord } from '../person-record.ts';
import { normalizeMobilePhone, phoneIndex } from '../personal-keys.ts';
import { selectPersonByPhoneIndex } from '../persons.repository.ts';

/** The person whose sign-in phone this is (typed with spaces, hyphens or +86), if any. */
export async function findPersonByPhone({
  db,
  cipher,
  phone,
}: {
  db: Executor;
  cipher: FieldCipher;
  phone: string;
}): Promise<PersonRecord | undefined> {
  const normalized = normalizeMobilePhone(phone);
  if (normalized === undefined) return undefined;
  return selectPersonByPhoneIndex(db, phoneIndex(cipher, normalized));
}
