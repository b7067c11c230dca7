import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calculateTransfer,
  InvalidTransferInputError,
  validateHistory,
  type TransferInput,
} from '../../../domain/transfer/index.ts';
import { seedDemoData } from '../../src/database-setup.ts';
import {
  DEMO_PERSONS,
  DEMO_TRANSFER_DATE,
  findPersonByCitizenId,
  findPersonByPhone,
  getInsuranceRecord,
  revealCitizenId,
  seedDemoPersons,
  type DemoPerson,
  type InsuranceRecord,
} from '../../src/modules/persons/index.ts';
import { createFieldCipher } from '../../src/platform/crypto/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

/** The calculator's question for a demo person: their move, or staying where they are. */
function transferInput(person: DemoPerson, record: InsuranceRecord): TransferInput | undefined {
  const history = record.schemes.find((s) => s.scheme === 'employee-pension')?.history ?? [];
  if (history.length === 0) return undefined;
  const last = history[history.length - 1]!.region;
  return {
    person: record.person,
    fromRegion: person.move?.from ?? last,
    destinationRegion: person.move?.to ?? last,
    officialTransfer: person.move?.officialTransfer ?? false,
    transferDate: DEMO_TRANSFER_DATE,
    history,
  };
}

describe('demo population', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const cipher = createFieldCipher(randomBytes(32));
  const count = async (table: string) =>
    (await database.pool.query(`select count(*)::int as n from ${table}`)).rows[0].n as number;

  beforeAll(async () => {
    database = await createTestDatabase();
    expect(await seedDemoData(database, { cipher })).toMatchObject({
      persons: DEMO_PERSONS.length,
    });
  });
  afterAll(() => database.drop());

  it('adds nothing when seeded again', async () => {
    const before = await Promise.all(
      [
        'persons',
        'insurance_relationships',
        'contribution_periods',
        'audit_log',
        'transfer_applications',
        'staff_accounts',
        'cards',
        'card_actions',
      ].map(count),
    );
    expect(await seedDemoPersons({ db: database.db, cipher })).toEqual({ seeded: 0 });
    expect(await seedDemoData(database, { cipher })).toEqual({
      openings: 0,
      persons: 0,
      applications: 0,
      staff: 0,
      cards: 0,
    });
    const after = await Promise.all(
      [
        'persons',
        'insurance_relationships',
        'contribution_periods',
        'audit_log',
        'transfer_applications',
        'staff_accounts',
        'cards',
        'card_actions',
      ].map(count),
    );
    expect(after).toEqual(before);
    expect(before[0]).toBe(DEMO_PERSONS.length);
  });

  it('finds every demo person by ID number and by phone, with the sex and birth date of the ID', async () => {
    for (const demo of DEMO_PERSONS) {
      const person = await findPersonByCitizenId({
        db: database.db,
        cipher,
        citizenId: demo.citizenId.toLowerCase(),
      });
      expect(person?.name, demo.key).toBe(demo.name);
      expect(revealCitizenId(cipher, person!)).toBe(demo.citizenId);
      expect(person?.birthDate.replaceAll('-', ''), demo.key).toBe(demo.citizenId.slice(6, 14));
      expect(person?.status, demo.key).toBe(demo.deceasedOn ? 'deceased' : 'alive');
      expect(person?.hukouRegionCode, demo.key).toBe(demo.hukouRegionCode);
      const byPhone = await findPersonByPhone({ db: database.db, cipher, phone: demo.phone });
      expect(byPhone?.id, demo.key).toBe(person?.id);
    }
  });

  it('holds every relationship with the agency of a destination-level region', async () => {
    const { rows } = await database.pool.query(
      `select distinct region_code from insurance_relationships
       where region_code not in (select region_code from agencies)`,
    );
    expect(rows).toEqual([]);
  });

  it('keeps no demo ID number or phone in clear in the database', async () => {
    const { rows } = await database.pool.query<{ dump: string }>(
      `select string_agg(row_to_json(p)::text, '') as dump from persons p`,
    );
    for (const demo of DEMO_PERSONS) {
      expect(rows[0]!.dump).not.toContain(demo.citizenId.slice(0, 17));
      expect(rows[0]!.dump).not.toContain(demo.phone);
    }
  });

  it('runs every person’s history through the transfer calculator with the outcome the story tells', async () => {
    let calculated = 0;
    for (const demo of DEMO_PERSONS) {
      const person = await findPersonByCitizenId({
        db: database.db,
        cipher,
        citizenId: demo.citizenId,
      });
      const record = await getInsuranceRecord({ db: database.db, personId: person!.id });
      const input = transferInput(demo, record);
      if (!input) {
        expect(demo.move, demo.key).toBeUndefined();
        continue;
      }
      const expected = demo.move?.expected;
      if (expected && 'refusedWith' in expected) {
        expect(
          validateHistory(input).map((issue) => issue.code),
          demo.key,
        ).toContain(expected.refusedWith);
        expect(() => calculateTransfer(input), demo.key).toThrow(InvalidTransferInputError);
        continue;
      }
      expect(validateHistory(input), demo.key).toEqual([]);
      const result = calculateTransfer(input);
      calculated += 1;
      if (expected)
        expect(
          { temporaryAccount: result.temporaryAccount, benefitRegion: result.benefitRegion },
          demo.key,
        ).toEqual(expected);
    }
    expect(calculated).toBeGreaterThanOrEqual(30);
  });

  it('gives a person’s record in the calculator’s shape, periods in every region', async () => {
    const demo = DEMO_PERSONS.find((p) => p.key === 'transfer-completed')!;
    const person = await findPersonByCitizenId({
      db: database.db,
      cipher,
      citizenId: demo.citizenId,
    });
    const record = await getInsuranceRecord({ db: database.db, personId: person!.id });
    expect(record.person).toEqual({ sex: 'male', birthDate: '1988-06-06', hukouRegion: '610113' });
    const pension = record.schemes.find((s) => s.scheme === 'employee-pension')!;
    expect(pension.relationships.map((r) => [r.regionCode, r.status, r.endedOn])).toEqual([
      ['610100', 'terminated', '2022-04-20'],
      ['510100', 'contributing', null],
    ]);
    expect(pension.history.map((p) => [p.region, p.from, p.to])).toEqual([
      ['610100', '2010-07', '2019-04'],
      ['610100', '2019-05', '2021-12'],
      ['510100', '2022-02', '2026-10'],
    ]);
    expect(pension.history[2]).toEqual({
      region: '510100',
      from: '2022-02',
      to: '2026-10',
      monthlyBaseFen: 800_000,
      employerRateBp: 1600,
      insuredAs: 'employee',
      accountKind: 'normal',
      deemed: false,
    });
  });

  it('leaves the demo people out when no cipher is given', async () => {
    const other = await createTestDatabase();
    try {
      expect((await seedDemoData(other)).persons).toBe(0);
      expect((await other.pool.query('select count(*)::int as n from persons')).rows[0].n).toBe(0);
    } finally {
      await other.drop();
    }
  });
});
