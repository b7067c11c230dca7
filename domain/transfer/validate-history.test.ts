import { describe, expect, it } from 'vitest';
import { period, REGIONS, request } from './transfer-test-data.ts';
import type { ContributionPeriod, TransferInput } from './types.ts';
import { validateHistory } from './validate-history.ts';

const problems = (input: TransferInput) =>
  validateHistory(input).map(({ path, code }) => ({ path, code }));

describe('validateHistory', () => {
  it('finds nothing wrong in a valid request', () => {
    expect(validateHistory(request())).toEqual([]);
  });

  it('lists every problem at once, each with its field', () => {
    const input = request({
      person: { sex: 'male', birthDate: '1970-02-30', hukouRegion: '990101' },
      fromRegion: REGIONS.shanghaiPudong,
      destinationRegion: '44030',
      transferDate: '2025-06-30',
      history: [
        period({ from: '2010-13' }),
        period({ from: '2012-06', to: '2012-01' }),
        period({ from: '2013-01', to: '2013-12', monthlyBaseFen: 0, employerRateBp: 12_000 }),
        period({ from: '2025-01', to: '2025-07' }),
        period({ from: '2014-01', to: '2014-12' }),
        period({ from: '2014-12', to: '2015-06' }),
        period({ region: REGIONS.hangzhouXihu, from: '2015-06', to: '2015-12' }),
        period({ from: '2016-01', to: '2016-12', monthlyBaseFen: 1.5, employerRateBp: -1 }),
      ],
    });
    expect(problems(input)).toEqual([
      { path: 'person.birthDate', code: 'INVALID_DATE' },
      { path: 'person.hukouRegion', code: 'INVALID_REGION_CODE' },
      { path: 'destinationRegion', code: 'INVALID_REGION_CODE' },
      { path: 'history.0.from', code: 'INVALID_MONTH' },
      { path: 'history.1.to', code: 'PERIOD_ENDS_BEFORE_START' },
      { path: 'history.2.monthlyBaseFen', code: 'INVALID_BASE' },
      { path: 'history.2.employerRateBp', code: 'EMPLOYER_RATE_OUT_OF_RANGE' },
      { path: 'history.3.to', code: 'PERIOD_AFTER_TRANSFER_DATE' },
      { path: 'history.5', code: 'OVERLAPPING_PERIODS' },
      { path: 'history.6', code: 'DUPLICATE_INSURANCE' },
      { path: 'history.7.monthlyBaseFen', code: 'INVALID_BASE' },
      { path: 'history.7.employerRateBp', code: 'EMPLOYER_RATE_OUT_OF_RANGE' },
      { path: 'history', code: 'NO_PERIOD_IN_FROM_REGION' },
    ]);
  });

  it('words each problem in Chinese and English, naming the other period of an overlap', () => {
    const input = request({
      history: [
        period({ from: '2014-01', to: '2014-12' }),
        period({ region: REGIONS.hangzhouXihu, from: '2014-06', to: '2015-06' }),
      ],
    });
    const [duplicate] = validateHistory(input);
    expect(duplicate?.code).toBe('DUPLICATE_INSURANCE');
    expect(duplicate?.message).toContain('第1段');
    expect(duplicate?.message).toContain('广东省（440300）');
    expect(duplicate?.messageEn).toContain('period 1');
  });

  it('accepts the month of the transfer and refuses the month after', () => {
    const upTo = (to: string) =>
      request({ transferDate: '2025-06-30', history: [period({ from: '2025-01', to })] });
    expect(validateHistory(upTo('2025-06'))).toEqual([]);
    const [late] = validateHistory(upTo('2025-07'));
    expect(late).toMatchObject({ path: 'history.0.to', code: 'PERIOD_AFTER_TRANSFER_DATE' });
    expect(late?.message).toContain('2025-06');
  });

  it('needs a birth date before the transfer date and a real transfer date', () => {
    const person = {
      sex: 'female' as const,
      birthDate: '2025-06-30',
      hukouRegion: REGIONS.shenzhen,
    };
    expect(problems(request({ person }))).toEqual([
      { path: 'person.birthDate', code: 'BIRTH_DATE_NOT_BEFORE_TRANSFER' },
    ]);
    expect(problems(request({ transferDate: '2025-02-29' }))).toEqual([
      { path: 'transferDate', code: 'INVALID_DATE' },
    ]);
  });

  it('counts a period in another city of the transfer-out province as being there', () => {
    const history = [period({ region: REGIONS.guangzhou })];
    expect(validateHistory(request({ fromRegion: REGIONS.shenzhen, history }))).toEqual([]);
  });

  it('lets months deemed paid carry no base, but not a paid month', () => {
    const deemed = period({ from: '1990-01', to: '1994-12', monthlyBaseFen: 0, deemed: true });
    expect(validateHistory(request({ history: [deemed, period()] }))).toEqual([]);
    expect(problems(request({ history: [{ ...deemed, deemed: false }, period()] }))).toEqual([
      { path: 'history.0.monthlyBaseFen', code: 'INVALID_BASE' },
    ]);
  });

  it('refuses choices outside the lists', () => {
    const odd = {
      ...period(),
      insuredAs: 'retired',
      accountKind: 'other',
    } as unknown as ContributionPeriod;
    const person = {
      sex: 'x',
      birthDate: '1980-01-01',
      hukouRegion: REGIONS.shenzhen,
    } as unknown as TransferInput['person'];
    expect(problems(request({ person, history: [odd] }))).toEqual([
      { path: 'person.sex', code: 'INVALID_CHOICE' },
      { path: 'history.0.insuredAs', code: 'INVALID_CHOICE' },
      { path: 'history.0.accountKind', code: 'INVALID_CHOICE' },
    ]);
  });
});
