import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPerson,
  findPersonByCitizenId,
  findPersonById,
  findPersonByPhone,
  revealCitizenId,
  revealPhone,
  type NewPerson,
  type PersonRecord,
} from '../../src/modules/persons/index.ts';
import { createFieldCipher } from '../../src/platform/crypto/index.ts';
import { AppError } from '../../src/platform/errors/app-error.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

const actor = { type: 'system', id: 'persons-test' } as const;
// GB 11643-1999's own example: a woman born 1949-12-31 in 朝阳区, Beijing.
const citizenId = '11010519491231002X';
const phone = '14000009901';
const name = '测试甲';

describe('persons', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const cipher = createFieldCipher(randomBytes(32));
  let person: PersonRecord;

  const create = (fields: Partial<NewPerson> = {}) =>
    database.db.transaction((tx) =>
      createPerson({
        tx,
        cipher,
        actor,
        person: { name, citizenId, phone, hukouRegionCode: '110105', ...fields },
      }),
    );

  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    person = await create({ citizenId: '110105 19491231 002x', phone: '+86 140-0000-9901' });
  });
  afterAll(() => database.drop());

  it('registers a person with sex and birth date taken from the ID number', () => {
    expect(person).toMatchObject({
      name,
      sex: 'female',
      birthDate: '1949-12-31',
      hukouRegionCode: '110105',
      status: 'alive',
      deceasedOn: null,
      version: 1,
    });
    expect(revealCitizenId(cipher, person)).toBe(citizenId);
    expect(revealPhone(cipher, person)).toBe(phone);
  });

  it('finds the person by the ID number however it is typed', async () => {
    for (const typed of [
      citizenId,
      '11010519491231002x',
      ' 110105 1949 1231 002X ',
      '110105491231002', // the 15-digit legacy number
    ]) {
      const found = await findPersonByCitizenId({ db: database.db, cipher, citizenId: typed });
      expect(found?.id, typed).toBe(person.id);
    }
    expect(
      await findPersonByCitizenId({ db: database.db, cipher, citizenId: '110105194912310021' }),
    ).toBeUndefined();
    expect(
      await findPersonByCitizenId({ db: database.db, cipher, citizenId: '440524188001010014' }),
    ).toBeUndefined();
  });

  it('finds the person by id and by sign-in phone', async () => {
    expect((await findPersonById({ db: database.db, personId: person.id }))?.name).toBe(name);
    expect((await findPersonByPhone({ db: database.db, cipher, phone: '140 0000 9901' }))?.id).toBe(
      person.id,
    );
    expect(
      await findPersonByPhone({ db: database.db, cipher, phone: '14000009999' }),
    ).toBeUndefined();
  });

  it('cannot be found with another key', async () => {
    const otherKey = createFieldCipher(randomBytes(32));
    expect(
      await findPersonByCitizenId({ db: database.db, cipher: otherKey, citizenId }),
    ).toBeUndefined();
  });

  it('keeps no ID number, phone or name in clear where they do not belong', async () => {
    const { rows } = await database.pool.query<{ row: string }>(
      'select row_to_json(p)::text as row from persons p',
    );
    expect(rows).toHaveLength(1);
    for (const clear of [citizenId, citizenId.slice(0, 17), phone, '110105491231002'])
      expect(rows[0]!.row).not.toContain(clear);
    expect(rows[0]!.row).toContain(name);

    const elsewhere = await database.pool.query<{ row: string }>(
      `select row_to_json(a)::text as row from audit_log a
       union all select row_to_json(o)::text from event_outbox o`,
    );
    expect(elsewhere.rows.length).toBeGreaterThanOrEqual(2);
    for (const { row } of elsewhere.rows)
      for (const clear of [citizenId.slice(0, 17), phone, name]) expect(row).not.toContain(clear);
  });

  it('records the registration in the audit log and announces it', async () => {
    const audit = await database.pool.query(
      `select action, subject_id from audit_log where subject_type = 'person'`,
    );
    expect(audit.rows).toEqual([{ action: 'person.created', subject_id: person.id }]);
    const events = await database.pool.query(
      `select event from event_outbox where name = 'person.created'`,
    );
    expect(events.rows.map((row) => row.event.payload)).toEqual([{ personId: person.id }]);
  });

  it('refuses a second person with the same ID number, typed differently', async () => {
    const error = await refusal(create({ citizenId: '110105491231002', phone: '14000009902' }));
    expect(error.code).toBe('PERSON_ALREADY_EXISTS');
    expect(error.status).toBe(409);
  });

  it('refuses a second person with the same sign-in phone', async () => {
    const error = await refusal(create({ citizenId: '440106199405121246', name: '测试乙' }));
    expect(error.code).toBe('PHONE_ALREADY_REGISTERED');
    expect(error.status).toBe(409);
  });

  it('refuses an invalid ID number, a wrong sex or birth date, and reports every field', async () => {
    const invalid = await refusal(
      create({ citizenId: '110105194912310021', hukouRegionCode: '99', phone: '123', name: ' ' }),
    );
    expect(invalid.code).toBe('VALIDATION_FAILED');
    expect(invalid.fields?.map((f) => f.path)).toEqual([
      'name',
      'citizenId',
      'hukouRegionCode',
      'phone',
    ]);
    const mismatch = await refusal(
      create({ citizenId: '440106199405121246', sex: 'male', birthDate: '1994-05-13' }),
    );
    expect(mismatch.fields?.map((f) => f.path)).toEqual(['sex', 'birthDate']);
    // Messages never repeat the values.
    expect(JSON.stringify(mismatch.fields)).not.toContain('440106');
  });

  it('accepts a person without a phone, and sex and birth date that match', async () => {
    const second = await create({
      name: '测试丙',
      citizenId: '440106199405121246',
      phone: undefined,
      sex: 'female',
      birthDate: '1994-05-12',
      hukouRegionCode: '440106',
    });
    expect(second.phoneEncrypted).toBeNull();
    expect(revealPhone(cipher, second)).toBeUndefined();
  });
});
