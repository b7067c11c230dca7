import { describe, expect, it } from 'vitest';
import {
  assembleInsuranceRecord,
  type PeriodRow,
  type RelationshipRow,
} from './insurance-record.ts';

const relationship = (overrides: Partial<RelationshipRow>): RelationshipRow => ({
  id: 'r1',
  scheme: 'employee-pension',
  regionCode: '510100',
  status: 'suspended',
  accountKind: 'normal',
  arrearsFen: 0,
  personalNumber: null,
  startedOn: '2016-09-01',
  endedOn: null,
  ...overrides,
});

const period = (overrides: Partial<PeriodRow>): PeriodRow => ({
  id: 'p1',
  relationshipId: 'r1',
  regionCode: '510100',
  fromMonth: '2016-09',
  toMonth: '2019-04',
  monthlyBaseFen: 550_000,
  employerRateBp: 1900,
  insuredAs: 'employee',
  accountKind: 'normal',
  deemed: false,
  backPaidOn: null,
  ...overrides,
});

const person = {
  id: 'person',
  sex: 'male',
  birthDate: '1990-08-21',
  hukouRegionCode: '510104',
} as const;

describe('assembleInsuranceRecord', () => {
  it('groups relationships by scheme, oldest first, each history in the calculator shape', () => {
    const record = assembleInsuranceRecord(
      person,
      [
        relationship({
          id: 'r2',
          regionCode: '440100',
          status: 'contributing',
          startedOn: '2024-10-01',
        }),
        relationship({ id: 'm1', scheme: 'medical', startedOn: '2016-09-01' }),
        relationship({ id: 'r1' }),
      ],
      [
        period({
          id: 'p3',
          relationshipId: 'r2',
          regionCode: '440100',
          fromMonth: '2024-10',
          toMonth: '2026-10',
        }),
        period({ id: 'p2', fromMonth: '2019-05', toMonth: '2024-08', employerRateBp: 1600 }),
        period({ id: 'p1' }),
        period({ id: 'm', relationshipId: 'm1', employerRateBp: 800 }),
      ],
    );
    expect(record.person).toEqual({ sex: 'male', birthDate: '1990-08-21', hukouRegion: '510104' });
    expect(record.schemes.map((s) => s.scheme)).toEqual(['employee-pension', 'medical']);
    const pension = record.schemes[0]!;
    expect(pension.relationships.map((r) => [r.id, r.periods.map((p) => p.id)])).toEqual([
      ['r1', ['p1', 'p2']],
      ['r2', ['p3']],
    ]);
    expect(pension.history).toEqual([
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
      expect.objectContaining({ from: '2019-05', to: '2024-08', employerRateBp: 1600 }),
      expect.objectContaining({ region: '440100', from: '2024-10' }),
    ]);
    expect(Object.keys(pension.history[0]!)).not.toContain('id');
    expect(record.schemes[1]!.history).toHaveLength(1);
  });

  it('leaves out schemes the person has no relationship in', () => {
    expect(assembleInsuranceRecord(person, [], []).schemes).toEqual([]);
  });
});
