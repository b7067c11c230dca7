import { describe, expect, it } from 'vitest';
import {
  cancellationReasonCodes,
  explainCancellationReason,
  holderCancellationReasonCodes,
} from './cancellation-reasons.ts';
import type { CardState, CardStatus } from './card-status.ts';
import { cancellationRefusal, holderActions, type HeldCard } from './holder-actions.ts';

const state = (status: CardStatus, extra: Partial<CardState> = {}): CardState => ({
  status,
  locked: false,
  pendingRequest: null,
  offeredCancellation: null,
  cancellationReason: null,
  ...extra,
});
const far = { expiresOn: '2034-06-01', today: '2026-11-27' };
const near = { expiresOn: '2027-01-10', today: '2026-11-27' };

describe('what a holder may do with a card', () => {
  it('follows the state', () => {
    expect(holderActions(state('sealed'), far)).toEqual(['enable', 'cancel']);
    expect(holderActions(state('normal'), far)).toEqual([
      'report-temporary-loss',
      'request-replacement',
      'cancel',
    ]);
    expect(holderActions(state('temporary-loss'), far)).toEqual([
      'unblock',
      'request-replacement',
      'cancel',
    ]);
    expect(holderActions(state('formal-loss'), far)).toEqual(['request-replacement', 'cancel']);
    expect(holderActions(state('cancelled'), far)).toEqual([]);
  });

  it('offers the renewal only inside its window', () => {
    expect(holderActions(state('normal'), near)).toContain('request-renewal');
    expect(holderActions(state('normal'), far)).not.toContain('request-renewal');
  });

  it('offers no second request while one is pending, and the offer can be declined', () => {
    const pending = state('normal', { pendingRequest: { kind: 'renewal', reason: null } });
    expect(holderActions(pending, near)).toEqual(['report-temporary-loss']);
    const offered = state('normal', { offeredCancellation: 'moved-out-of-province' });
    expect(holderActions(offered, far)).toContain('decline-cancellation-offer');
  });
});

describe('which cancellations a holder may make', () => {
  const card: HeldCard = {
    id: 'a',
    issuingRegionCode: '140100',
    issuedOn: '2019-03-01',
    status: 'normal',
  };
  const elsewhere: HeldCard = { ...card, id: 'b', issuingRegionCode: '110100' };
  const newer: HeldCard = { ...card, id: 'c', issuedOn: '2025-01-01' };

  it('lists every legal reason but death for the holder, with zh and en labels', () => {
    expect(holderCancellationReasonCodes).toEqual(
      cancellationReasonCodes.filter((c) => c !== 'death'),
    );
    for (const code of cancellationReasonCodes) {
      const reason = explainCancellationReason(code);
      expect(reason.zh).toMatch(/\p{Script=Han}/u);
      expect(reason.en).toMatch(/^[A-Z]/);
    }
    expect(cancellationRefusal('death', card, [elsewhere])).toBe('NOT_BY_HOLDER');
  });

  it('cancels a duplicate online only when a live card of another region remains', () => {
    expect(cancellationRefusal('duplicate-card-in-another-region', card, [elsewhere])).toBeNull();
    expect(cancellationRefusal('duplicate-card-in-another-region', card, [card, newer])).toBe(
      'NO_LIVE_CARD_IN_ANOTHER_REGION',
    );
    expect(
      cancellationRefusal('duplicate-card-in-another-region', card, [
        { ...elsewhere, status: 'cancelled' },
      ]),
    ).toBe('NO_LIVE_CARD_IN_ANOTHER_REGION');
  });

  it('cancels a replaced card online only when a newer live card of the same region exists', () => {
    expect(cancellationRefusal('replacement', card, [newer])).toBeNull();
    expect(
      cancellationRefusal('replacement', card, [{ ...elsewhere, issuedOn: '2025-01-01' }]),
    ).toBe('NO_NEWER_LIVE_CARD');
    expect(cancellationRefusal('replacement', newer, [card])).toBe('NO_NEWER_LIVE_CARD');
    expect(cancellationRefusal('replacement', card, [{ ...newer, status: 'cancelled' }])).toBe(
      'NO_NEWER_LIVE_CARD',
    );
  });

  it('leaves the agency’s reasons to the agency', () => {
    for (const reason of [
      'settled-abroad',
      'foreign-nationality',
      'moved-out-of-province',
    ] as const)
      expect(cancellationRefusal(reason, card, [])).toBeNull();
  });
});
