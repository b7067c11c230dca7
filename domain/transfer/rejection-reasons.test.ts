import { describe, expect, it } from 'vitest';
import {
  explainRejectionReason,
  isRejectionReasonCode,
  rejectionReasonCodes,
} from './rejection-reasons.ts';

describe('rejection reasons', () => {
  it('labels every code in Chinese and English, each label its own', () => {
    const reasons = rejectionReasonCodes.map(explainRejectionReason);
    for (const reason of reasons) {
      expect(reason.zh.trim()).not.toBe('');
      expect(reason.en.trim()).not.toBe('');
    }
    expect(new Set(reasons.map((r) => r.zh)).size).toBe(rejectionReasonCodes.length);
    expect(new Set(reasons.map((r) => r.en)).size).toBe(rejectionReasonCodes.length);
  });

  it('knows its own codes and no other', () => {
    expect(isRejectionReasonCode('ARREARS')).toBe(true);
    expect(isRejectionReasonCode('OTHER')).toBe(true);
    expect(isRejectionReasonCode('ARREARS_AT_OLD_PLACE')).toBe(false);
    expect(isRejectionReasonCode('')).toBe(false);
  });
});
