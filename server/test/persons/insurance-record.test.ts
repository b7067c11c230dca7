import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculateTransfer } from '../../../domain/transfer/index.ts';
import { demoCitizenId } from '../../src/modules/persons/seed/demo-person-builders.ts';
import {
  createPerson,
  getInsuranceRecord,
  recordContributionPeriods,
  recordInsuranceRelationship,
  type NewContributionPeriod,
  type NewInsuranceRelationship,
} from '../../src/modules/persons/index.ts';
import { createFieldCipher } from '../../src/platform/crypto/index.ts';
import { AppError } from '../../src/platform/errors/app-error.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

const actor = { type: 'system', id: 'records-test' } as const;

describe('insurance relationships and contribution periods', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const cipher = createFieldCipher(randomBytes(32));
  let personId: string;

  const relate = (relationship: Partial<NewInsuranceRelationship>, forPerson = personId) =>
    database.db.transaction((tx) =>
      recordInsuranceRelationship({
        tx,
        actor,
        personId: forPerson,
        relationship: {
          scheme: 'employee-pension',
          regionCode: '510100',
          status: 'suspended',
          startedOn: '2016-09-01',
          ...relationship,
        },
      }),
    );

  const pay = (relationshipId: string, periods: NewContributionPeriod[]) =>
    database.db.transaction((tx) =>
      recordContributionPeriods({ tx, actor, personId, relationshipId, periods }),
    );

  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'accepted',
      (error: unknown) => (error instanceof AppError ? error.code : String(error)),
    );

  const chengduRelationship = async () => {
    const record = await getInsuranceRecord({ db: database.db, personId });
    return record.schemes[0]!.relationships.find((r) => r.regionCode === '510100')!;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const person = await database.db.transaction((tx) =>
      createPerson({
        tx,
        cipher,
        actor,
        person: { name: '测试丁', citizenId: '510104199008211358', hukouRegionCode: '510104' },
      }),
    );
    personId = person.id;
  });
  afterAll(() => database.drop());

  it('gives the record in the transfer calculator’s shape, and the calculator runs on it', async () => {
    const chengdu = await relate({});
    const guangzhou = await relate({
      regionCode: '440100',
      status: 'contributing',
      startedOn: '2024-10-01',
    });
    await pay(chengdu.id, [
      {
        from: '2016-09',
        to: '2019-04',
        monthlyBaseFen: 550_000,
        employerRateBp: 1900,
        insuredAs: 'employee',
      },
      {
        from: '2019-05',
        to: '2024-08',
        monthlyBaseFen: 700_000,
        employerRateBp: 1600,
        insuredAs: 'employee',
      },
    ]);
    await pay(guangzhou.id, [
      {
        from: '2024-10',
        to: '2026-10',
        monthlyBaseFen: 1_100_000,
        employerRateBp: 1600,
        insuredAs: 'employee',
      },
    ]);

    const record = await getInsuranceRecord({ db: database.db, personId });
    expect(record.person).toEqual({ sex: 'male', birthDate: '1990-08-21', hukouRegion: '510104' });
    const [pension] = record.schemes;
    expect(pension?.scheme).toBe('employee-pension');
    expect(pension?.relationships.map((r) => [r.regionCode, r.status, r.periods.length])).toEqual([
      ['510100', 'suspended', 2],
      ['440100', 'contributing', 1],
    ]);
    expect(pension?.history).toEqual([
      {
        region: '510100',
        from: '2016-09',
        to: '2019-04',
        monthlyBaseFen: 550_000,
        employerRateBp: 1900,
        insuredAs: 'employee',
        accountKind: 'normal',
        deemed: false,
      },
      {
        region: '510100',
        from: '2019-05',
        to: '2024-08',
        monthlyBaseFen: 700_000,
        employerRateBp: 1600,
        insuredAs: 'employee',
        accountKind: 'normal',
        deemed: false,
      },
      {
        region: '440100',
        from: '2024-10',
        to: '2026-10',
        monthlyBaseFen: 1_100_000,
        employerRateBp: 1600,
        insuredAs: 'employee',
        accountKind: 'normal',
        deemed: false,
      },
    ]);
    const calculation = calculateTransfer({
      person: record.person,
      fromRegion: '510100',
      destinationRegion: '440100',
      transferDate: '2026-11-16',
      history: pension!.history,
    });
    // 12% of the base for 96 months, plus 8% credited to the individual account.
    const base = 32 * 550_000 + 64 * 700_000;
    expect(calculation.pooledFundFen).toBe(base * 0.12);
    expect(calculation.individualAccountPrincipalFen).toBe(base * 0.08);
  });

  it('refuses a second live relationship for one scheme with the same agency', async () => {
    expect(await codeOf(relate({ status: 'contributing', startedOn: '2025-01-01' }))).toBe(
      'INSURANCE_RELATIONSHIP_EXISTS',
    );
    // Other schemes and other agencies are separate relationships.
    expect(await codeOf(relate({ scheme: 'medical' }))).toBe('accepted');
    expect(await codeOf(relate({ regionCode: '110100' }))).toBe('accepted');
  });

  it('accepts a new relationship with an agency whose earlier one has ended', async () => {
    await relate({
      regionCode: '610100',
      status: 'terminated',
      startedOn: '2010-07-01',
      endedOn: '2015-06-30',
    });
    expect(
      await codeOf(
        relate({ regionCode: '610100', status: 'contributing', startedOn: '2026-01-01' }),
      ),
    ).toBe('accepted');
  });

  it('lets the database refuse two live relationships even behind the command’s back', async () => {
    const insert = `insert into insurance_relationships
      (id, person_id, scheme, region_code, status, account_kind, started_on)
      values (gen_random_uuid(), $1, 'employee-pension', '440300', $2, 'normal', '2020-01-01')`;
    await database.pool.query(insert, [personId, 'suspended']);
    await expect(database.pool.query(insert, [personId, 'contributing'])).rejects.toThrow(
      /insurance_relationships_one_live_per_agency/,
    );
  });

  it('refuses a second pension being drawn for one scheme', async () => {
    const other = await database.db.transaction((tx) =>
      createPerson({
        tx,
        cipher,
        actor,
        person: {
          name: '测试戊',
          citizenId: demoCitizenId('220102', '19660308', '228'),
          hukouRegionCode: '220102',
        },
      }),
    );
    await relate({ regionCode: '220100', status: 'drawing-pension' }, other.id);
    expect(
      await codeOf(relate({ regionCode: '210100', status: 'drawing-pension' }, other.id)),
    ).toBe('INSURANCE_RELATIONSHIP_EXISTS');
  });

  it('refuses an unknown person, a region without an agency and inconsistent fields', async () => {
    expect(await codeOf(relate({}, '0190d9b0-0000-7000-8000-000000000000'))).toBe(
      'PERSON_NOT_FOUND',
    );
    expect(await codeOf(relate({ regionCode: '440000' }))).toBe('REGION_NOT_A_DESTINATION');
    expect(await codeOf(relate({ regionCode: '999999' }))).toBe('REGION_NOT_FOUND');
    expect(await codeOf(relate({ scheme: 'medical', accountKind: 'temporary' }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(await codeOf(relate({ status: 'terminated', regionCode: '330100' }))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('refuses months already recorded in the relationship and periods with bad fields', async () => {
    const chengdu = await chengduRelationship();
    const error = await pay(chengdu.id, [
      {
        from: '2024-01',
        to: '2024-12',
        monthlyBaseFen: 1,
        employerRateBp: 1600,
        insuredAs: 'employee',
      },
      {
        from: '2030-05',
        to: '2030-01',
        monthlyBaseFen: 0,
        employerRateBp: 20_000,
        insuredAs: 'employee',
      },
    ]).catch((thrown: AppError) => thrown);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields?.map((f) => f.path)).toEqual([
      'periods.1.to',
      'periods.1.monthlyBaseFen',
      'periods.1.employerRateBp',
    ]);
    expect(
      await codeOf(
        pay(chengdu.id, [
          {
            from: '2024-01',
            to: '2024-12',
            monthlyBaseFen: 1,
            employerRateBp: 1600,
            insuredAs: 'employee',
          },
        ]),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(
      await codeOf(
        database.db.transaction((tx) =>
          recordContributionPeriods({
            tx,
            actor,
            personId,
            relationshipId: '0190d9b0-0000-7000-8000-000000000000',
            periods: [],
          }),
        ),
      ),
    ).toBe('INSURANCE_RELATIONSHIP_NOT_FOUND');
  });

  it('checks periods in the database too', async () => {
    const chengdu = await chengduRelationship();
    const insert = `insert into contribution_periods (id, person_id, relationship_id, region_code,
      from_month, to_month, monthly_base_fen, employer_rate_bp, insured_as, account_kind)
      values (gen_random_uuid(), $1, $2, '510100', $3, $4, $5, $6, 'employee', 'normal')`;
    const row = (from: string, to: string, base: number, rate: number) =>
      database.pool.query(insert, [personId, chengdu.id, from, to, base, rate]);
    await expect(row('2030-05', '2030-01', 100, 1600)).rejects.toThrow(/months_check/);
    await expect(row('2030-13', '2030-13', 100, 1600)).rejects.toThrow(/months_check/);
    await expect(row('2030-01', '2030-02', 0, 1600)).rejects.toThrow(/base_check/);
    await expect(row('2030-01', '2030-02', 100, 10_001)).rejects.toThrow(/rate_check/);
  });
});
