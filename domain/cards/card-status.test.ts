import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cancellationReasonCodes, type CancellationReasonCode } from './cancellation-reasons.ts';
import {
  applyCardAction,
  canApplyCardAction,
  cardActionKinds,
  cardStatuses,
  deriveCardState,
  IllegalCardTransitionError,
  type CardActionInput,
  type CardActionKind,
  type CardState,
  type CardStatus,
} from './card-status.ts';

const plain = (status: CardStatus): CardState => ({
  status,
  locked: false,
  pendingRequest: null,
  offeredCancellation: null,
  cancellationReason: status === 'cancelled' ? 'death' : null,
});

// DOMAIN.md §6, written out as the list of every legal status change and nothing else.
const legalStatusChanges: [CardStatus | null, CardActionKind, CardStatus][] = [
  [null, 'issued', 'sealed'],
  ['sealed', 'enabled', 'normal'],
  ['normal', 'temporary-loss-reported', 'temporary-loss'],
  ['temporary-loss', 'temporary-loss-unblocked', 'normal'],
  ['temporary-loss', 'temporary-loss-expired', 'normal'],
  ['sealed', 'formal-loss-reported', 'formal-loss'],
  ['normal', 'formal-loss-reported', 'formal-loss'],
  ['temporary-loss', 'formal-loss-reported', 'formal-loss'],
  ['sealed', 'cancelled', 'cancelled'],
  ['normal', 'cancelled', 'cancelled'],
  ['temporary-loss', 'cancelled', 'cancelled'],
  ['formal-loss', 'cancelled', 'cancelled'],
];
const statusChangingActions: CardActionKind[] = [
  'issued',
  'enabled',
  'temporary-loss-reported',
  'temporary-loss-unblocked',
  'temporary-loss-expired',
  'formal-loss-reported',
  'cancelled',
];
const withReason = (action: CardActionKind): CardActionInput => ({
  action,
  reason: action === 'cancelled' || action.startsWith('cancellation-') ? 'settled-abroad' : null,
});

describe('card status changes', () => {
  for (const from of [null, ...cardStatuses]) {
    for (const action of statusChangingActions) {
      const legal = legalStatusChanges.find(([f, a]) => f === from && a === action);
      const state = from === null ? null : plain(from);
      if (legal) {
        it(`${from ?? 'no card'} —${action}→ ${legal[2]}`, () => {
          expect(applyCardAction(state, withReason(action)).status).toBe(legal[2]);
        });
      } else {
        it(`${from ?? 'no card'} refuses ${action}`, () => {
          expect(canApplyCardAction(state, withReason(action))).toBe(false);
          expect(() => applyCardAction(state, withReason(action))).toThrow(
            IllegalCardTransitionError,
          );
        });
      }
    }
  }

  it('never undoes a formal loss report and never leaves cancelled', () => {
    for (const action of cardActionKinds) {
      expect(canApplyCardAction(plain('cancelled'), withReason(action))).toBe(false);
    }
    const undoes = legalStatusChanges.filter(
      ([from, , to]) => from === 'formal-loss' && to !== 'cancelled',
    );
    expect(undoes).toEqual([]);
  });

  it('refuses a cancellation without a reason and records the reason given', () => {
    expect(canApplyCardAction(plain('normal'), { action: 'cancelled' })).toBe(false);
    for (const reason of cancellationReasonCodes) {
      const cancelled = applyCardAction(plain('normal'), { action: 'cancelled', reason });
      expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: reason });
    }
  });

  it('keeps the password lock, a pending request and an offer through a loss report', () => {
    const busy: CardState = {
      ...plain('normal'),
      locked: true,
      pendingRequest: { kind: 'replacement', reason: null },
      offeredCancellation: 'moved-out-of-province',
    };
    const lost = applyCardAction(busy, { action: 'temporary-loss-reported' });
    expect(lost).toEqual({ ...busy, status: 'temporary-loss' });
    expect(applyCardAction(lost, { action: 'formal-loss-reported' }).locked).toBe(true);
  });

  it('clears the pending request and the offer when the card is cancelled', () => {
    const busy: CardState = {
      ...plain('formal-loss'),
      pendingRequest: { kind: 'replacement', reason: null },
      offeredCancellation: 'moved-out-of-province',
    };
    expect(applyCardAction(busy, { action: 'cancelled', reason: 'replacement' })).toEqual({
      status: 'cancelled',
      locked: false,
      pendingRequest: null,
      offeredCancellation: null,
      cancellationReason: 'replacement',
    });
  });
});

describe('the password lock beside the status', () => {
  for (const status of cardStatuses) {
    const lockable = status === 'normal' || status === 'temporary-loss';
    it(`${status}: ${lockable ? 'locks' : 'cannot lock'} after wrong passwords`, () => {
      expect(canApplyCardAction(plain(status), { action: 'password-locked' })).toBe(lockable);
    });
    it(`${status}: a reset needs a lock${status === 'cancelled' ? ' and a live card' : ''}`, () => {
      expect(canApplyCardAction(plain(status), { action: 'password-reset' })).toBe(false);
      const locked = { ...plain(status), locked: true };
      expect(canApplyCardAction(locked, { action: 'password-reset' })).toBe(status !== 'cancelled');
      expect(canApplyCardAction(locked, { action: 'password-locked' })).toBe(false);
    });
  }

  it('locks and resets without touching the status', () => {
    const locked = applyCardAction(plain('normal'), { action: 'password-locked' });
    expect(locked).toEqual({ ...plain('normal'), locked: true });
    expect(applyCardAction(locked, { action: 'password-reset' })).toEqual(plain('normal'));
  });

  it('lets a locked card be reported lost, unblocked and cancelled', () => {
    const locked = { ...plain('normal'), locked: true };
    const reported = applyCardAction(locked, { action: 'temporary-loss-reported' });
    const unblocked = applyCardAction(reported, { action: 'temporary-loss-unblocked' });
    expect(unblocked).toEqual(locked);
    expect(applyCardAction(locked, { action: 'cancelled', reason: 'death' }).status).toBe(
      'cancelled',
    );
  });
});

describe('requests an agency carries out', () => {
  const requests: [CardActionKind, readonly CardStatus[]][] = [
    ['replacement-requested', ['normal', 'temporary-loss', 'formal-loss']],
    ['renewal-requested', ['normal']],
    ['cancellation-requested', ['sealed', 'normal', 'temporary-loss', 'formal-loss']],
  ];
  for (const [action, allowed] of requests) {
    for (const status of cardStatuses) {
      const legal = allowed.includes(status);
      it(`${status}: ${action} is ${legal ? 'allowed' : 'refused'}`, () => {
        expect(canApplyCardAction(plain(status), withReason(action))).toBe(legal);
      });
    }
    it(`${action} is refused while another request is pending`, () => {
      for (const pending of ['replacement', 'renewal', 'cancellation'] as const) {
        const busy = { ...plain('normal'), pendingRequest: { kind: pending, reason: null } };
        expect(canApplyCardAction(busy, withReason(action))).toBe(false);
      }
    });
  }

  it('records the request, and a refusal closes it', () => {
    const asked = applyCardAction(plain('normal'), {
      action: 'cancellation-requested',
      reason: 'settled-abroad',
    });
    expect(asked.pendingRequest).toEqual({ kind: 'cancellation', reason: 'settled-abroad' });
    expect(asked.status).toBe('normal');
    expect(applyCardAction(asked, { action: 'request-refused' })).toEqual(plain('normal'));
    expect(canApplyCardAction(plain('normal'), { action: 'request-refused' })).toBe(false);
  });

  it('needs a reason for a cancellation request', () => {
    expect(canApplyCardAction(plain('normal'), { action: 'cancellation-requested' })).toBe(false);
  });

  it('forgets a renewal or replacement request’s reason', () => {
    const asked = applyCardAction(plain('normal'), {
      action: 'renewal-requested',
      reason: 'settled-abroad',
    });
    expect(asked.pendingRequest).toEqual({ kind: 'renewal', reason: null });
  });
});

describe('the offer to cancel a card left in another province', () => {
  it('is made once, with a reason, on a live card; declined or answered by a request', () => {
    const offer = { action: 'cancellation-offered', reason: 'moved-out-of-province' } as const;
    expect(canApplyCardAction(plain('normal'), { action: 'cancellation-offered' })).toBe(false);
    const offered = applyCardAction(plain('normal'), offer);
    expect(offered.offeredCancellation).toBe('moved-out-of-province');
    expect(canApplyCardAction(offered, offer)).toBe(false);
    expect(applyCardAction(offered, { action: 'cancellation-offer-declined' })).toEqual(
      plain('normal'),
    );
    expect(canApplyCardAction(plain('normal'), { action: 'cancellation-offer-declined' })).toBe(
      false,
    );
    const asked = applyCardAction(offered, {
      action: 'cancellation-requested',
      reason: 'moved-out-of-province',
    });
    expect(asked.offeredCancellation).toBeNull();
    for (const status of ['sealed', 'temporary-loss', 'formal-loss'] as const)
      expect(canApplyCardAction(plain(status), offer)).toBe(true);
  });
});

describe('deriving a card’s state from its history', () => {
  it('starts with the issue and follows every action', () => {
    expect(
      deriveCardState([
        { action: 'issued' },
        { action: 'enabled' },
        { action: 'temporary-loss-reported' },
        { action: 'temporary-loss-expired' },
        { action: 'temporary-loss-reported' },
        { action: 'formal-loss-reported' },
        { action: 'replacement-requested' },
        { action: 'cancelled', reason: 'replacement' },
      ]),
    ).toEqual({ ...plain('cancelled'), cancellationReason: 'replacement' });
  });

  it('refuses an empty history, one not starting with the issue, and an illegal step', () => {
    expect(() => deriveCardState([])).toThrow(RangeError);
    expect(() => deriveCardState([{ action: 'enabled' }])).toThrow(IllegalCardTransitionError);
    expect(() =>
      deriveCardState([
        { action: 'issued' },
        { action: 'enabled' },
        { action: 'temporary-loss-unblocked' },
      ]),
    ).toThrow(/temporary-loss-unblocked cannot follow status normal/);
  });

  const anyAction = fc.record({
    action: fc.constantFrom(...cardActionKinds),
    reason: fc.option(fc.constantFrom<CancellationReasonCode>(...cancellationReasonCodes)),
  });

  it('applies exactly the legal actions of any sequence, and nothing follows a cancellation', () => {
    fc.assert(
      fc.property(fc.array(anyAction, { maxLength: 40 }), (attempts) => {
        let state: CardState = applyCardAction(null, { action: 'issued' });
        const applied: CardActionInput[] = [{ action: 'issued' }];
        for (const attempt of attempts) {
          if (!canApplyCardAction(state, attempt)) {
            expect(() => applyCardAction(state, attempt)).toThrow(IllegalCardTransitionError);
            continue;
          }
          const before = state;
          state = applyCardAction(state, attempt);
          applied.push(attempt);
          expect(before.status).not.toBe('cancelled');
          if (state.status !== before.status) {
            expect(legalStatusChanges).toContainEqual([
              before.status,
              attempt.action,
              state.status,
            ]);
          }
          if (state.locked && !before.locked)
            expect(['normal', 'temporary-loss']).toContain(before.status);
        }
        expect(deriveCardState(applied)).toEqual(state);
        if (state.status === 'cancelled') {
          expect(state.pendingRequest).toBeNull();
          expect(state.cancellationReason).not.toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});
