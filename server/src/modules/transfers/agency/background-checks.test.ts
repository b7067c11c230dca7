import { describe, expect, it } from 'vitest';
import type { InsuranceRelationshipRecord } from '../../persons/index.ts';
import { runBackgroundChecks } from './background-checks.ts';

const relationship = (
  regionCode: string,
  status: InsuranceRelationshipRecord['status'],
  extra: Partial<InsuranceRelationshipRecord> = {},
): InsuranceRelationshipRecord => ({
  id: `r-${regionCode}`,
  scheme: 'employee-pension',
  regionCode,
  status,
  accountKind: 'normal',
  arrearsFen: 0,
  personalNumber: null,
  startedOn: '2010-01-01',
  endedOn: null,
  periods: [],
  ...extra,
});
const regionName = (code: string) => ({
  code,
  name: `R${code}`,
  fullName: `F${code}`,
  agencyName: null,
});
const question = {
  scheme: 'employee-pension' as const,
  person: {
    sex: 'male' as const,
    birthDate: '1973-04-09',
    hukouRegionCode: '411621',
    status: 'alive' as const,
    deceasedOn: null,
  },
  fromRegionCode: '410100',
  toRegionCode: '320500',
  today: '2026-11-27',
  regionName,
};
const results = (checks: ReturnType<typeof runBackgroundChecks>) =>
  Object.fromEntries(checks.map((c) => [c.code, c.result]));

describe('background checks of a case', () => {
  it('fails the 50/40 rule for a man of 53 with a temporary account at the destination, showing why', () => {
    const checks = runBackgroundChecks({
      ...question,
      relationships: [
        relationship('410100', 'suspended'),
        relationship('320500', 'contributing', { accountKind: 'temporary' }),
      ],
    });
    expect(results(checks)).toMatchObject({
      CONTRIBUTING_AT_DESTINATION: 'pass',
      OLD_ACCOUNT_SUSPENDED: 'pass',
      NOT_TEMPORARY_ACCOUNT_CASE: 'fail',
    });
    const check = checks.find((c) => c.code === 'NOT_TEMPORARY_ACCOUNT_CASE')!;
    expect(check.suggestedRejection).toBe('TEMPORARY_ACCOUNT_CASE');
    expect(check.evidence.map((e) => e.value.zh)).toEqual([
      '男，53 周岁',
      'F411621',
      '正常缴费，临时缴费账户，2010-01-01 起',
    ]);
  });

  it('fails the old-place checks on a contributing, indebted old relationship, with the amount', () => {
    const checks = runBackgroundChecks({
      ...question,
      person: { ...question.person, birthDate: '1990-01-01' },
      relationships: [
        relationship('410100', 'contributing', { arrearsFen: 123_456 }),
        relationship('320500', 'contributing'),
      ],
    });
    expect(results(checks)).toMatchObject({
      OLD_ACCOUNT_SUSPENDED: 'fail',
      NO_ARREARS: 'fail',
      NOT_TEMPORARY_ACCOUNT_CASE: 'pass',
    });
    expect(checks.find((c) => c.code === 'NO_ARREARS')!.evidence[0]!.value.zh).toBe('1,234.56 元');
  });

  it('finds no old relationship when the record has none at the named place', () => {
    const checks = runBackgroundChecks({
      ...question,
      relationships: [relationship('320500', 'contributing')],
    });
    const check = checks.find((c) => c.code === 'RECORD_AT_OLD_PLACE')!;
    expect(check).toMatchObject({ result: 'fail', evidence: [] });
    expect(checks.find((c) => c.code === 'NO_ARREARS')!.result).toBe('pass');
  });
});
