import { deadlineAfter } from '../../src/modules/transfers/deadline.ts';
import { newId } from '../../src/platform/ids.ts';
import { demoPerson, type TestApp } from '../transfers/transfer-helpers.ts';

/** A moment on a China date, mid-morning. */
export const onChinaDay = (day: string) => new Date(`${day}T10:00:00+08:00`);

/**
 * Writes an open application of a demo person with its first action, as
 * submitTransferApplication does, submitted on a chosen day (so that its deadline is fixed).
 */
export async function submittedOn(
  t: TestApp,
  key: string,
  day: string,
  {
    personId: knownPersonId,
    contactPhone = '13800138000',
  }: { personId?: string | undefined; contactPhone?: string } = {},
): Promise<string> {
  const person = demoPerson(key);
  const personId =
    knownPersonId ??
    (
      await t.database.pool.query<{ id: string }>(`select p.id from persons p where p.name = $1`, [
        person.name,
      ])
    ).rows[0]!.id;
  const id = newId(onChinaDay(day).getTime());
  const deadlineOn = deadlineAfter(day, 15);
  await t.database.pool.query(
    `insert into transfer_applications (id, person_id, scheme, from_region_code, to_region_code,
       status, contact_phone_encrypted, address, post_code, channel, submitted_at, version,
       next_deadline_on)
     values ($1, $2, 'employee-pension', $3, $4, 'submitted', $5, '示例市示例路1号', '510620',
       'web', $6, 1, $7)`,
    [
      id,
      personId,
      person.move!.from,
      person.move!.to,
      t.cipher.encrypt(contactPhone),
      onChinaDay(day),
      deadlineOn,
    ],
  );
  await t.database.pool.query(
    `insert into transfer_application_actions (id, application_id, person_id, seq, action,
       actor_type, actor_id, at, deadline_on)
     values ($1, $2, $3, 1, 'submitted', 'citizen', 'test', $4, $5)`,
    [newId(), id, personId, onChinaDay(day), deadlineOn],
  );
  return id;
}
