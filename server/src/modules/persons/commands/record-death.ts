import { isIsoDate } from '../../../../../domain/calendar/iso-date.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import { chinaToday } from '../../../platform/clock.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { updatePersonDeceased } from '../person-death.repository.ts';
import { selectPersonById } from '../persons.repository.ts';

/**
 * Records that a person died on `deceasedOn` (reported by public security through the department
 * events, or recorded by staff): status deceased, audited, and announced as `person.died` so that
 * other modules act without the family doing anything (cards are cancelled, open cases closed).
 * A death recorded already changes nothing and announces nothing again: `recorded` is false.
 */
export async function recordDeath({
  tx,
  actor,
  personId,
  deceasedOn,
  source,
}: {
  tx: Tx;
  actor: Actor;
  personId: string;
  deceasedOn: string;
  /** Where the fact came from, for the audit log, e.g. `public-security:<event id>` or `counter`. */
  source: string;
}): Promise<{ recorded: boolean }> {
  const person = await selectPersonById(tx, personId);
  if (!person) throw new AppError('PERSON_NOT_FOUND');
  if (person.status === 'deceased') return { recorded: false };
  if (!isIsoDate(deceasedOn) || deceasedOn < person.birthDate || deceasedOn > chinaToday())
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          path: 'deceasedOn',
          location: 'body',
          message: '死亡日期应是出生日期以后、今天以前的真实日期',
          messageEn: 'The date of death must be a real date between the birth date and today.',
        },
      ],
    });
  const updated = await updatePersonDeceased(tx, { personId, deceasedOn });
  if (!updated) return { recorded: false };
  await emitEvent(tx, { name: 'person.died', payload: { personId, deceasedOn } });
  await recordAudit(tx, {
    actor,
    action: 'person.died',
    subjectType: 'person',
    subjectId: personId,
    data: { deceasedOn, source, version: updated.version },
  });
  return { recorded: true };
}
