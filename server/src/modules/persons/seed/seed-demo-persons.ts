import { recordAudit } from '../../../platform/audit/index.ts';
import { chinaToday } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { toPeriodRow } from '../period-row.ts';
import { preparePersonRow } from '../person-row.ts';
import { insertPeriods, insertPerson, insertRelationship } from '../persons.repository.ts';
import type { DemoPerson } from './demo-person-builders.ts';
import { DEMO_PERSONS } from './demo-persons.ts';

/** Relationships and periods of a demo person who was just inserted. */
async function insertRecords(
  tx: Tx,
  personId: string,
  person: DemoPerson,
  number: number,
): Promise<void> {
  for (const [i, relationship] of person.relationships.entries()) {
    const relationshipId = newId();
    const { periods, accountKind = 'normal', ...fields } = relationship;
    const inserted = await insertRelationship(tx, {
      ...fields,
      id: relationshipId,
      personId,
      accountKind,
      // The agency's own personal number (个人编号): region code + person + relationship.
      personalNumber: `${fields.regionCode}${String(number).padStart(3, '0')}${i}`,
    });
    if (!inserted) throw new Error(`demo person ${person.key}: relationship ${i} is a duplicate`);
    await insertPeriods(
      tx,
      periods.map((period) =>
        toPeriodRow(
          { personId, id: relationshipId, regionCode: relationship.regionCode, accountKind },
          period,
        ),
      ),
    );
  }
}

/**
 * Adds the demo population (DEMO_PERSONS) with their insurance records. A person already there
 * (same ID number under this installation's key) is skipped, so running it again adds nothing.
 * The people must be seeded with the cipher the server uses, or it cannot find them.
 */
export async function seedDemoPersons({
  db,
  cipher,
  persons = DEMO_PERSONS,
}: {
  db: Db;
  cipher: FieldCipher;
  persons?: readonly DemoPerson[];
}): Promise<{ seeded: number }> {
  const today = chinaToday();
  return db.transaction(async (tx) => {
    let seeded = 0;
    for (const [i, person] of persons.entries()) {
      const row = preparePersonRow({ cipher, today, person });
      const deceased = person.deceasedOn !== undefined;
      const inserted = await insertPerson(tx, {
        ...row,
        status: deceased ? 'deceased' : 'alive',
        deceasedOn: person.deceasedOn ?? null,
      });
      if (!inserted) continue;
      await insertRecords(tx, row.id, person, i + 1);
      seeded += 1;
    }
    if (seeded > 0)
      await recordAudit(tx, {
        actor: { type: 'system', id: 'demo-seed' },
        action: 'persons.demo-seeded',
        subjectType: 'population',
        subjectId: 'demo-persons',
        data: { persons: seeded },
      });
    return { seeded };
  });
}
