import { describe, expect, it } from 'vitest';
import { availableAgencyActions } from './available-actions.ts';

describe('the actions open to an agency on a case', () => {
  it('lets the transfer-in agency accept or reject a submitted case, and complete after transfer-out', () => {
    expect(availableAgencyActions(['transfer-in'], 'submitted')).toEqual([
      'accept',
      'reject',
      'reveal',
    ]);
    expect(availableAgencyActions(['transfer-in'], 'accepted')).toEqual(['reject', 'reveal']);
    expect(availableAgencyActions(['transfer-in'], 'out-done')).toEqual(['complete', 'reveal']);
  });

  it('lets the transfer-out agency process or refuse an accepted case, and nothing else', () => {
    expect(availableAgencyActions(['transfer-out'], 'submitted')).toEqual(['reveal']);
    expect(availableAgencyActions(['transfer-out'], 'accepted')).toEqual([
      'reject',
      'transfer-out',
      'reveal',
    ]);
    expect(availableAgencyActions(['transfer-out'], 'out-done')).toEqual(['reveal']);
  });

  it('opens no step on a closed case', () => {
    for (const status of ['completed', 'rejected', 'withdrawn'] as const) {
      expect(availableAgencyActions(['transfer-in', 'transfer-out'], status)).toEqual(['reveal']);
    }
  });

  it('opens nothing to an agency on neither side', () => {
    expect(availableAgencyActions([], 'submitted')).toEqual([]);
  });
});
