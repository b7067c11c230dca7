import { nextStepWorkingDays } from '../../../../../domain/transfer/application-status.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { DEMO_PERSONS, findPersonByCitizenId } from '../../persons/index.ts';
import { deadlineAfter } from '../deadline.ts';
import { hasOpenApplication, insertAction, insertApplication } from '../transfers.repository.ts';

/**
 * The demo people's open applications (e.g. 马晓东's, waiting for Xi'an's review), each only if
 * the person exists and has no open application for the scheme yet.
 */
export async function seedDemoTransferApplications({
  db,
  cipher,
}: {
  db: Db;
  cipher: FieldCipher;
}): Promise<{ seeded: number }> {
  let seeded = 0;
  for (const demo of DEMO_PERSONS) {
    const open = demo.openApplication;
    const move = demo.move;
    if (!open || !move) continue;
    const person = await findPersonByCitizenId({ db, cipher, citizenId: demo.citizenId });
    if (!person || (await hasOpenApplication(db, person.id, open.scheme))) continue;
    const submittedAt = new Date(`${open.submittedOn}T10:00:00+08:00`);
    const deadlineOn = deadlineAfter(
      open.submittedOn,
      nextStepWorkingDays(open.scheme, 'submitted'),
    );
    await db.transaction(async (tx) => {
      const application = await insertApplication(tx, {
        id: newId(submittedAt.getTime()),
        personId: person.id,
        scheme: open.scheme,
        fromRegionCode: move.from,
        toRegionCode: move.to,
        status: 'submitted',
        contactPhoneEncrypted: cipher.encrypt(demo.phone),
        address: '演示地址 Demo address',
        postCode: '710000',
        channel: 'web',
        submittedAt,
        nextDeadlineOn: deadlineOn,
      });
      await insertAction(tx, {
        id: newId(submittedAt.getTime()),
        applicationId: application.id,
        personId: person.id,
        seq: 1,
        action: 'submitted',
        actorType: 'citizen',
        actorId: 'demo',
        at: submittedAt,
        deadlineOn,
      });
    });
    seeded++;
  }
  return { seeded };
}
