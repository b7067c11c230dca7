import { describe, expect, it } from 'vitest';
import type { ContributionPeriod } from '../../../../../domain/transfer/index.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { transferOutAmounts } from './transfer-out-amounts.ts';

const period = (region: string, from: string, to: string): ContributionPeriod => ({
  region,
  from,
  to,
  monthlyBaseFen: 500_000,
  employerRateBp: 1600,
  insuredAs: 'employee',
  accountKind: 'normal',
});

const chengdu = [period('510100', '2010-01', '2019-12')];
const question = {
  scheme: 'employee-pension' as const,
  person: { sex: 'male' as const, birthDate: '1990-01-01', hukouRegion: '510104' },
  fromRegion: '510100',
  toRegion: '440100',
  transferDate: '2026-11-27',
  history: [...chengdu, period('440100', '2020-01', '2026-10')],
  heldAtOldPlace: chengdu,
};

describe('transferOutAmounts', () => {
  it('moves the calculator’s pooled fund and account principal between provinces', () => {
    // 120 months at 5,000 yuan: 12% pooled, 8% credited.
    expect(transferOutAmounts(question)).toEqual({
      basis: 'calculated',
      pooledFundFen: 7_200_000,
      individualAccountFen: 4_800_000,
      periods: chengdu,
    });
  });

  it('moves no money within one province or for a scheme whose funds are not held', () => {
    const withinProvince = transferOutAmounts({ ...question, toRegion: '510700' });
    expect(withinProvince).toMatchObject({ basis: 'within-province', pooledFundFen: 0 });
    const medical = transferOutAmounts({ ...question, scheme: 'medical' });
    expect(medical).toEqual({
      basis: 'not-modelled',
      pooledFundFen: 0,
      individualAccountFen: 0,
      periods: chengdu,
    });
  });

  it('refuses a history the calculator refuses, with its issue codes', () => {
    const twice = {
      ...question,
      history: [...question.history, period('440100', '2019-12', '2019-12')],
    };
    const refusal = (() => {
      try {
        transferOutAmounts(twice);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({
      code: 'TRANSFER_RECORD_INVALID',
      details: { issues: [{ path: 'history.2', code: 'DUPLICATE_INSURANCE' }] },
    });
  });
});
