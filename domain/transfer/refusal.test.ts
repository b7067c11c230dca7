import { describe, expect, it } from 'vitest';
import { transferApplicationStatuses, canApply } from './application-status.ts';
import { isRefusalAfterAcceptance, wouldRefuseAfterAcceptance } from './refusal.ts';

describe('a refusal after acceptance', () => {
  const submitted = { action: 'submitted', seq: 1 } as const;
  const accepted = { action: 'accepted', seq: 2 } as const;

  it('is a rejection with an acceptance before it', () => {
    const rejected = { action: 'rejected', seq: 3 } as const;
    expect(isRefusalAfterAcceptance([rejected, accepted, submitted], rejected)).toBe(true);
    expect(isRefusalAfterAcceptance([submitted, accepted, rejected], rejected)).toBe(true);
  });

  it('is not a rejection on review, nor any other step', () => {
    const onReview = { action: 'rejected', seq: 2 } as const;
    expect(isRefusalAfterAcceptance([onReview, submitted], onReview)).toBe(false);
    expect(isRefusalAfterAcceptance([accepted, submitted], accepted)).toBe(false);
    // An acceptance numbered after the rejection does not make it one.
    expect(isRefusalAfterAcceptance([{ action: 'accepted', seq: 3 }], onReview)).toBe(false);
  });

  it('is what a rejection would be from every status that may be rejected but the first', () => {
    const rejectable = transferApplicationStatuses.filter((s) => canApply(s, 'rejected'));
    expect(rejectable).toEqual(['submitted', 'accepted']);
    expect(rejectable.map(wouldRefuseAfterAcceptance)).toEqual([false, true]);
  });
});
