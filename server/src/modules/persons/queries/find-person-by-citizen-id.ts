import { chinaToday } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import type { PersonRecord } from '../person-record.ts';
import { citizenIdIndex, normalizeCitizenId } from '../personal-keys.ts';
import { selectPersonByCitizenIdIndex } from '../persons.repository.ts';

/**
 * The person with this ID number, typed as people type it (spaces, lower-case x, full-width
 * digits, a 15-digit legacy number), found through the blind index; undefined when nobody has it
 * — also when the input is not a valid ID number at all.
 */
export async function findPersonByCitizenId({
  db,
  cipher,
  citizenId,
  today = chinaToday(),
}: {
  db: Executor;
  cipher: FieldCipher;
  citizenId: string;
  today?: string;
}): Promise<PersonRecord | undefined> {
  const normalized = normalizeCitizenId(citizenId, today);
  if (normalized === undefined) return undefined;
  return selectPersonByCitizenIdIndex(db, citizenIdIndex(cipher, normalized));
}
