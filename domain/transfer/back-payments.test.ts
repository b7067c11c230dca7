import { describe, expect, it } from 'vitest';
import { lumpSumBackPayments } from './back-payments.ts';

describe('lump-sum back payments', () => {
  it('needs documents from three years paid in one go', () => {
    expect(
      lumpSumBackPayments([
        { from: '2008-07', to: '2016-06', backPaidOn: null },
        { from: '2016-07', to: '2020-06', backPaidOn: '2024-11-15' },
      ]),
    ).toEqual([{ paidOn: '2024-11-15', months: 48, needsDocuments: true }]);
  });

  it('adds up the periods paid on the same day, and keeps other days apart', () => {
    expect(
      lumpSumBackPayments([
        { from: '2020-01', to: '2020-12', backPaidOn: '2024-03-01' },
        { from: '2019-01', to: '2019-12', backPaidOn: '2023-05-01' },
        { from: '2021-01', to: '2022-11', backPaidOn: '2024-03-01' },
      ]),
    ).toEqual([
      { paidOn: '2023-05-01', months: 12, needsDocuments: false },
      { paidOn: '2024-03-01', months: 35, needsDocuments: false },
    ]);
  });

  it('finds none in a record paid on time', () => {
    expect(lumpSumBackPayments([{ from: '2010-01', to: '2020-12', backPaidOn: null }])).toEqual([]);
  });
});
