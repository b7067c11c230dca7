import { describe, expect, it } from 'vitest';
import type { OwnCalculatorInput } from '../../api/calculator.ts';
import { emptyAnswers, newPeriod, toRequestBody } from './calculator-answers.ts';
import {
  answersFromRecord,
  formatMonth,
  hasTypedAnswers,
  regionAnswerOf,
} from './record-answers.ts';

/** 周子航's record as the API gives it: eight years in Chengdu, now contributing in Guangzhou. */
const record: OwnCalculatorInput = {
  person: { sex: 'male', birthDate: '1990-08-21', hukouRegion: '510104' },
  fromRegion: '510100',
  destinationRegion: '440100',
  history: [
    {
      region: '510100',
      from: '2016-09',
      to: '2019-04',
      monthlyBaseFen: 550000,
      employerRateBp: 1900,
      insuredAs: 'employee',
      accountKind: 'normal',
    },
    {
      region: '510100',
      from: '2019-05',
      to: '2024-08',
      monthlyBaseFen: 700005,
      employerRateBp: 1650,
      insuredAs: 'individual',
      accountKind: 'temporary',
    },
    {
      region: '110000',
      from: '1985-01',
      to: '1994-12',
      monthlyBaseFen: 0,
      employerRateBp: 0,
      insuredAs: 'employee',
      accountKind: 'normal',
      deemed: true,
    },
  ],
};

describe('the calculator filled from the recorded history', () => {
  it('sends exactly what was recorded when the person changes nothing', () => {
    const { answers } = answersFromRecord(emptyAnswers(), record, '2026-11-27');
    const body = toRequestBody(answers);
    expect(body.person).toEqual(record.person);
    expect(body.fromRegion).toBe('510100');
    expect(body.destinationRegion).toBe('440100');
    expect(body.transferDate).toBe('2026-11-27');
    expect(body.history).toEqual(record.history.map((p) => ({ ...p, deemed: p.deemed ?? false })));
  });

  it('shows wages in yuan and rates in percent, and leaves the wage of deemed months empty', () => {
    const { answers } = answersFromRecord(emptyAnswers(), record, '2026-11-27');
    expect(answers.history.map((p) => [p.wageYuan, p.employerRatePercent])).toEqual([
      ['5500', '19'],
      ['7000.05', '16.5'],
      ['', '0'],
    ]);
    expect(answers.hukouRegion).toEqual({ province: '510000', city: '510104' });
    expect(answers.history[2]?.region).toEqual({ province: '110000', city: '' });
  });

  it('keeps what the record does not know, and says what it filled', () => {
    const typed = {
      ...emptyAnswers(),
      fromRegion: { province: '440000', city: '440300' },
      transferDate: '2025-06-30',
      officialTransfer: true,
    };
    const unknown = { ...record, fromRegion: null, destinationRegion: null, history: [] };
    const { answers, fill } = answersFromRecord(typed, unknown, '2026-11-27');
    expect(answers.fromRegion).toEqual({ province: '440000', city: '440300' });
    expect(answers.transferDate).toBe('2025-06-30');
    expect(answers.officialTransfer).toBe(true);
    expect(answers.history).toEqual(typed.history);
    expect(fill).toEqual({
      periods: 0,
      lastMonth: null,
      fromRegionKnown: false,
      destinationRegionKnown: false,
      transferDateToday: false,
    });
    expect(answersFromRecord(emptyAnswers(), record, '2026-11-27').fill).toEqual({
      periods: 3,
      lastMonth: '2024-08',
      fromRegionKnown: true,
      destinationRegionKnown: true,
      transferDateToday: true,
    });
  });

  it('asks before replacing only when something was typed', () => {
    expect(hasTypedAnswers(emptyAnswers())).toBe(false);
    // The transfer date and the official transfer are not replaced: no need to ask.
    expect(hasTypedAnswers({ ...emptyAnswers(), transferDate: '2025-06-30' })).toBe(false);
    expect(hasTypedAnswers({ ...emptyAnswers(), birthDate: '1990' })).toBe(true);
    expect(hasTypedAnswers({ ...emptyAnswers(), history: [newPeriod(0), newPeriod(1)] })).toBe(
      true,
    );
    const wage = { ...newPeriod(0), wageYuan: '5000' };
    expect(hasTypedAnswers({ ...emptyAnswers(), history: [wage] })).toBe(true);
    const rate = { ...newPeriod(0), employerRatePercent: '20' };
    expect(hasTypedAnswers({ ...emptyAnswers(), history: [rate] })).toBe(true);
  });

  it('reads region codes and months', () => {
    expect(regionAnswerOf('440100')).toEqual({ province: '440000', city: '440100' });
    expect(regionAnswerOf('310000')).toEqual({ province: '310000', city: '' });
    expect(formatMonth('2026-10', 'zh-CN')).toBe('2026年10月');
    expect(formatMonth('2026-10', 'en')).toBe('October 2026');
  });
});
