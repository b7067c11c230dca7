import { describe, expect, it } from 'vitest';
import { cardStatuses } from './card-status.ts';
import { canIssueEcard, ecardUsability } from './ecard-usability.ts';

describe('whether an e-card can be used', () => {
  it('follows the physical card: in use yes, cancelled never, sealed or formally lost not', () => {
    expect(ecardUsability('normal', false)).toEqual({ usable: true });
    expect(ecardUsability('cancelled', true)).toEqual({ usable: false, refusal: 'card-cancelled' });
    expect(ecardUsability('sealed', true)).toEqual({ usable: false, refusal: 'card-not-usable' });
    expect(ecardUsability('formal-loss', true)).toEqual({
      usable: false,
      refusal: 'card-not-usable',
    });
  });

  it('needs the holder’s authorisation under a temporary loss report', () => {
    expect(ecardUsability('temporary-loss', false)).toEqual({
      usable: false,
      refusal: 'loss-authorisation-required',
    });
    expect(ecardUsability('temporary-loss', true)).toEqual({ usable: true });
  });

  it('is issued for every card but a cancelled one', () => {
    expect(cardStatuses.filter(canIssueEcard)).toEqual([
      'sealed',
      'normal',
      'temporary-loss',
      'formal-loss',
    ]);
  });
});
