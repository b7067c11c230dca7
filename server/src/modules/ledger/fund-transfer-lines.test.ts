import { describe, expect, it } from 'vitest';
import {
  differenceFromComputed,
  fundTransferMovements,
  toFen,
  type FundTransfer,
} from './fund-transfer-lines.ts';

const transfer: FundTransfer = {
  applicationId: 'a',
  scheme: 'employee-pension',
  fromRegionCode: '440100',
  toRegionCode: '310100',
  pooledFundFen: 300,
  individualAccountFen: 200n,
};

describe('fund transfer lines', () => {
  it('takes each fund out of the transfer-out region and into the transfer-in region', () => {
    expect(fundTransferMovements(transfer)).toEqual([
      {
        regionCode: '440100',
        scheme: 'employee-pension',
        accountKind: 'pooled-fund',
        amountFen: -300n,
      },
      {
        regionCode: '310100',
        scheme: 'employee-pension',
        accountKind: 'pooled-fund',
        amountFen: 300n,
      },
      {
        regionCode: '440100',
        scheme: 'employee-pension',
        accountKind: 'individual-accounts',
        amountFen: -200n,
      },
      {
        regionCode: '310100',
        scheme: 'employee-pension',
        accountKind: 'individual-accounts',
        amountFen: 200n,
      },
    ]);
  });

  it('writes no line for a zero amount', () => {
    expect(fundTransferMovements({ ...transfer, pooledFundFen: 0 })).toHaveLength(2);
    expect(
      fundTransferMovements({ ...transfer, pooledFundFen: 0, individualAccountFen: 0 }),
    ).toEqual([]);
  });

  it('refuses negative, fractional and unsafe amounts', () => {
    expect(() => toFen(-1, 'x')).toThrow('x must not be negative');
    expect(() => toFen(1.5, 'x')).toThrow('whole number of fen');
    expect(() => toFen(2 ** 53, 'x')).toThrow('whole number of fen');
    expect(toFen(2n ** 60n, 'x')).toBe(2n ** 60n);
  });

  it('finds posted lines equal to the computed ones in any order, and says how others differ', () => {
    const lines = fundTransferMovements(transfer);
    expect(differenceFromComputed(transfer, [...lines].reverse())).toBeUndefined();
    expect(differenceFromComputed(transfer, lines.slice(0, 2))).toBe(
      'posted 310100 employee-pension pooled-fund +300, 440100 employee-pension pooled-fund -300; ' +
        'the transfer computed 310100 employee-pension individual-accounts +200, ' +
        '310100 employee-pension pooled-fund +300, 440100 employee-pension individual-accounts -200, ' +
        '440100 employee-pension pooled-fund -300',
    );
    expect(differenceFromComputed({ ...transfer, pooledFundFen: -5 }, lines)).toMatch(
      /^the computed transfer is not valid: pooledFundFen must not be negative/,
    );
  });
});
