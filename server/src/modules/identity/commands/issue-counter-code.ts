import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { findPersonByCitizenId } from '../../persons/index.ts';
import { COUNTER_CODE_LIFETIME_MS, newCounterCode } from '../counter-code.ts';
import { insertCounterCode } from '../verification.repository.ts';

/**
 * Issues a counter code (柜台核验码) to a person whose identity agency staff checked in person:
 * the alternative to face recognition, reaching the same assurance. Only its keyed hash is kept.
 */
export async function issueCounterCode({
  db,
  cipher,
  citizenId,
  issuedBy,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  citizenId: string;
  issuedBy: Actor;
  now?: Date;
}): Promise<{ code: string; expiresAt: Date }> {
  const person = await findPersonByCitizenId({ db, cipher, citizenId });
  if (!person) throw new AppError('PERSON_NOT_FOUND');
  const id = newId();
  const code = newCounterCode();
  const expiresAt = new Date(now.getTime() + COUNTER_CODE_LIFETIME_MS);
  await db.transaction(async (tx) => {
    await insertCounterCode(tx, {
      id,
      personId: person.id,
      codeHash: cipher.blindIndex('counter-code', `${id}:${code}`),
      issuedBy: `${issuedBy.type}:${issuedBy.id}`,
      createdAt: now,
      expiresAt,
    });
    await recordAudit(tx, {
      actor: issuedBy,
      action: 'counter-code.issued',
      subjectType: 'person',
      subjectId: person.id,
      data: { counterCodeId: id, expiresAt: expiresAt.toISOString() },
    });
  });
  return { code, expiresAt };
}
