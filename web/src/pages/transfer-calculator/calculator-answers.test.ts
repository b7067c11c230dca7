import { describe, expect, it } from 'vitest';
import {
  emptyAnswers,
  newPeriod,
  normalizeDate,
  normalizeMonth,
  percentToBasisPoints,
  toRequestBody,
  yuanToFen,
} from './calculator-answers.ts';

describe('the calculator answers as typed', () => {
  it('reads months and dates the ways people write them', () => {
    for (const typed of ['2010-01', '2010-1', ' 2010/1 ', '2010.01', '2010年1月', '201001'])
      expect(normalizeMonth(typed)).toBe('2010-01');
    for (const typed of [
      '1970-05-01',
      '1970-5-1',
      '1970/05/01',
      '1970.5.1',
      '1970年5月1日',
      '19700501',
    ])
      expect(normalizeDate(typed)).toBe('1970-05-01');
    // Anything else goes as typed, for the server to explain.
    expect(normalizeMonth('last year')).toBe('last year');
    expect(normalizeDate(' 1.5.1970 ')).toBe('1.5.1970');
  });

  it('turns yuan into fen and percent into basis points without floating point', () => {
    expect(yuanToFen('5000')).toBe(500_000);
    expect(yuanToFen('5,000.5 元')).toBe(500_050);
    expect(yuanToFen('¥0.07')).toBe(7);
    expect(yuanToFen('1234.56')).toBe(123_456);
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen('5000.123')).toBeNull();
    expect(yuanToFen('-5')).toBeNull();
    expect(percentToBasisPoints('16')).toBe(1600);
    expect(percentToBasisPoints('16.5%')).toBe(1650);
    expect(percentToBasisPoints('sixteen')).toBeNull();
  });

  it('sends every answer, the unusable ones as empty or null for the server to name', () => {
    const answers = emptyAnswers();
    expect(toRequestBody(answers)).toEqual({
      person: { sex: '', birthDate: '', hukouRegion: '' },
      fromRegion: '',
      destinationRegion: '',
      transferDate: '',
      officialTransfer: false,
      history: [
        {
          region: '',
          from: '',
          to: '',
          monthlyBaseFen: null,
          employerRateBp: 1600,
          insuredAs: 'employee',
          accountKind: 'normal',
          deemed: false,
        },
      ],
    });
  });

  it('sends the city when one is chosen, else the province, and no wage for deemed months', () => {
    const body = toRequestBody({
      ...emptyAnswers(),
      sex: 'female',
      hukouRegion: { province: '510000', city: '510100' },
      fromRegion: { province: '440000', city: '' },
      history: [{ ...newPeriod(3), deemed: true, from: '1990-1', to: '1997年12月' }],
    });
    expect(body.person).toMatchObject({ sex: 'female', hukouRegion: '510100' });
    expect(body.fromRegion).toBe('440000');
    expect(body.history[0]).toMatchObject({ from: '1990-01', to: '1997-12', monthlyBaseFen: 0 });
  });
});
