import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/iso-date.ts';
import { cardExpiresOn, isCardExpired, renewalWindow } from './card-validity.ts';

describe('card validity', () => {
  it('lasts ten years, to the corresponding day', () => {
    expect(cardExpiresOn('2016-05-10')).toBe('2026-05-10');
    expect(cardExpiresOn('2019-12-31')).toBe('2029-12-31');
  });

  it('ends on 28 February for a card issued on 29 February (Civil Code Art. 202)', () => {
    expect(cardExpiresOn('2016-02-29')).toBe('2026-02-28');
    expect(cardExpiresOn('2020-02-29')).toBe('2030-02-28');
    // 2000 + 10 = 2010 is not a leap year; 1990-02-29 does not exist at all.
    expect(() => cardExpiresOn('1990-02-29')).toThrow(RangeError);
  });

  it('is expired only after its last day', () => {
    expect(isCardExpired('2026-05-10', '2026-05-10')).toBe(false);
    expect(isCardExpired('2026-05-10', '2026-05-11')).toBe(true);
  });
});

describe('the renewal window', () => {
  it('opens 60 days before expiry and names that day', () => {
    expect(renewalWindow('2026-05-10', '2026-03-10')).toEqual({
      allowedFrom: '2026-03-11',
      openNow: false,
    });
    expect(renewalWindow('2026-05-10', '2026-03-11')).toEqual({
      allowedFrom: '2026-03-11',
      openNow: true,
    });
  });

  it('stays open after expiry', () => {
    expect(renewalWindow('2026-05-10', '2027-01-01').openNow).toBe(true);
  });

  it('is open exactly when expiry is at most 60 days away', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((i) => addDays('1990-01-01', i));
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (expiresOn, offset) => {
        const today = addDays(expiresOn, -offset);
        expect(renewalWindow(expiresOn, today).openNow).toBe(offset <= 60);
        expect(addDays(renewalWindow(expiresOn, today).allowedFrom, 60)).toBe(expiresOn);
      }),
    );
  });
});
