import { describe, expect, it } from 'vitest';
import type { CardState } from '../../../../../domain/cards/index.ts';
import { availableAgencyCardActions } from './agency-card-actions.ts';

const card = (overrides: Partial<CardState> = {}): CardState => ({
  status: 'normal',
  locked: false,
  pendingRequest: null,
  offeredCancellation: null,
  cancellationReason: null,
  ...overrides,
});

describe('the actions agency staff may take on a card', () => {
  it('offers a formal loss report on a card in use, and nothing else without a task or a lock', () => {
    expect(availableAgencyCardActions(card(), null)).toEqual(['record-formal-loss']);
  });

  it('offers the password reset only for a locked card', () => {
    expect(availableAgencyCardActions(card({ locked: true }), null)).toEqual([
      'record-formal-loss',
      'reset-password',
    ]);
  });

  it('completes or refuses an open cancellation or replacement task', () => {
    const pending = card({
      status: 'formal-loss',
      pendingRequest: { kind: 'replacement', reason: null },
    });
    expect(availableAgencyCardActions(pending, { kind: 'replacement-issuing' })).toEqual([
      'complete-task',
      'refuse-task',
    ]);
  });

  it('cannot complete a formal loss task of a card already formally lost, only refuse it', () => {
    expect(
      availableAgencyCardActions(card({ status: 'formal-loss' }), { kind: 'formal-loss' }),
    ).toEqual(['refuse-task']);
  });

  it('offers nothing on a cancelled card, locked or not', () => {
    expect(
      availableAgencyCardActions(
        card({ status: 'cancelled', cancellationReason: 'death', locked: true }),
        null,
      ),
    ).toEqual([]);
  });
});
