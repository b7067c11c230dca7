import { describe, expect, it } from 'vitest';
import {
  decideTemporaryAccount,
  opensTemporaryAccount,
  type TemporaryAccountQuestion,
} from './temporary-account.ts';
import { REGIONS } from './transfer-test-data.ts';

// A man with his hukou in Henan (郑州市中原区) moving from Shanghai to Shenzhen.
const man: TemporaryAccountQuestion = {
  person: { sex: 'male', birthDate: '1975-06-15', hukouRegion: REGIONS.zhengzhouZhongyuan },
  fromRegion: REGIONS.shanghaiPudong,
  destinationRegion: REGIONS.shenzhen,
  transferDate: '2025-06-15',
};
const woman: TemporaryAccountQuestion = {
  ...man,
  person: { sex: 'female', birthDate: '1985-03-01', hukouRegion: REGIONS.zhengzhouZhongyuan },
  transferDate: '2025-03-01',
};

describe('opensTemporaryAccount (50/40 rule)', () => {
  it('opens one for a man on his 50th birthday, not the day before', () => {
    expect(decideTemporaryAccount(man)).toEqual({
      opens: true,
      reason: 'AGE_AND_AWAY_FROM_HUKOU_PLACE',
      age: 50,
      ageThreshold: 50,
    });
    expect(decideTemporaryAccount({ ...man, transferDate: '2025-06-14' })).toEqual({
      opens: false,
      reason: 'BELOW_AGE',
      age: 49,
      ageThreshold: 50,
    });
  });

  it('opens one for a woman from 40, not at 39', () => {
    expect(opensTemporaryAccount(woman)).toBe(true);
    expect(decideTemporaryAccount(woman).age).toBe(40);
    expect(opensTemporaryAccount({ ...woman, transferDate: '2025-02-28' })).toBe(false);
  });

  it('uses the age of the sex: a man of 45 opens none, a woman of 45 does', () => {
    const birthDate = '1980-01-01';
    const transferDate = '2025-06-30';
    expect(
      opensTemporaryAccount({ ...man, transferDate, person: { ...man.person, birthDate } }),
    ).toBe(false);
    expect(
      opensTemporaryAccount({ ...woman, transferDate, person: { ...woman.person, birthDate } }),
    ).toBe(true);
  });

  it('does not apply to an approved official transfer', () => {
    expect(decideTemporaryAccount({ ...man, officialTransfer: true })).toMatchObject({
      opens: false,
      reason: 'OFFICIAL_TRANSFER',
    });
    expect(opensTemporaryAccount({ ...man, officialTransfer: false })).toBe(true);
  });

  it('does not apply to a return to the hukou province, to any of its cities', () => {
    for (const destinationRegion of [
      REGIONS.zhengzhouZhongyuan,
      REGIONS.zhengzhouJinshui,
      REGIONS.xuchang,
    ]) {
      expect(
        decideTemporaryAccount({ ...man, destinationRegion }),
        destinationRegion,
      ).toMatchObject({
        opens: false,
        reason: 'RETURN_TO_HUKOU_PLACE',
      });
    }
  });

  it('does not apply to a move inside one province, which crosses no pooling border', () => {
    const withinGuangdong = {
      ...man,
      fromRegion: REGIONS.guangzhou,
      destinationRegion: REGIONS.shenzhen,
    };
    expect(decideTemporaryAccount(withinGuangdong)).toMatchObject({
      opens: false,
      reason: 'SAME_PLACE',
    });
    // Without fromRegion the rule can only compare with the hukou place.
    const { fromRegion: _omitted, ...withoutFrom } = withinGuangdong;
    expect(opensTemporaryAccount(withoutFrom)).toBe(true);
  });
});
