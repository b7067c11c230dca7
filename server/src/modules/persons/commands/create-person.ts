import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import { chinaToday } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import type { PersonRecord } from '../person-record.ts';
import { preparePersonRow, type NewPerson } from '../person-row.ts';
import {
  insertPerson,
  selectPersonByCitizenIdIndex,
  selectPersonById,
} from '../persons.repository.ts';

/**
 * Registers an insured person in the caller's transaction: the ID number is validated (sex and
 * birth date come from it), stored encrypted and found again through its blind index. One person
 * per ID number (PERSON_ALREADY_EXISTS) and per sign-in phone (PHONE_ALREADY_REGISTERED).
 * Audited and announced as `person.created`; neither carries the name, ID number or phone.
 */
export async function createPerson({
  tx,
  cipher,
  actor,
  person,
  today = chinaToday(),
}: {
  tx: Tx;
  cipher: FieldCipher;
  actor: Actor;
  person: NewPerson;
  today?: string;
}): Promise<PersonRecord> {
  const row = preparePersonRow({ cipher, today, person });
  if (!(await insertPerson(tx, row))) {
    const sameId = await selectPersonByCitizenIdIndex(tx, row.citizenIdIndex);
    throw new AppError(sameId ? 'PERSON_ALREADY_EXISTS' : 'PHONE_ALREADY_REGISTERED');
  }
  await recordAudit(tx, {
    actor,
    action: 'person.created',
    subjectType: 'person',
    subjectId: row.id,
    data: { withPhone: row.phoneIndex !== null },
  });
  await emitEvent(tx, { name: 'person.created', payload: { personId: row.id } });
  const created = await selectPersonById(tx, row.id);
  if (!created) throw new Error('the person just created cannot be read back');
  return created;
}
