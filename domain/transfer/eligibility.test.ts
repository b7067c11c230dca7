import { describe, expect, it } from 'vitest';
import {
  decideTransferEligibility,
  eligibilityReasonCodes,
  explainEligibilityReason,
  type EligibilityQuestion,
  type EligibilityRelationship,
} from './eligibility.ts';

const base: EligibilityQuestion = {
  scheme: 'employee-pension',
  person: { sex: 'male', birthDate: '1990-08-21', hukouRegion: '510104', deceased: false },
  relationships: [
    { regionCode: '510100', status: 'suspended', accountKind: 'normal', arrearsFen: 0 },
    { regionCode: '440100', status: 'contributing', accountKind: 'normal', arrearsFen: 0 },
  ],
  destination: { regionCode: '440100', online: true },
  hasOpenApplication: false,
  today: '2026-11-27',
};

const codes = (question: EligibilityQuestion) =>
  decideTransferEligibility(question).reasons.map((r) => r.code);

describe('transfer eligibility', () => {
  it('accepts the standard case and names the old relationship', () => {
    const answer = decideTransferEligibility(base);
    expect(answer.eligible).toBe(true);
    expect(answer.reasons).toEqual([]);
    expect(answer.oldRelationship?.regionCode).toBe('510100');
  });

  it('refuses each failed precondition with its own code', () => {
    expect(codes({ ...base, destination: { regionCode: '440100', online: false } })).toEqual([
      'DESTINATION_NOT_ONLINE',
    ]);
    expect(codes({ ...base, hasOpenApplication: true })).toEqual(['OPEN_APPLICATION_EXISTS']);
    expect(codes({ ...base, person: { ...base.person, deceased: true } })).toEqual([
      'PERSON_DECEASED',
    ]);
    expect(codes({ ...base, relationships: [base.relationships[0]!] })).toEqual([
      'NOT_CONTRIBUTING_AT_DESTINATION',
    ]);
    expect(codes({ ...base, relationships: [base.relationships[1]!] })).toEqual([
      'NO_RECORD_AT_OLD_PLACE',
    ]);
    const [old, current] = [base.relationships[0]!, base.relationships[1]!];
    const withOld = (change: Partial<EligibilityRelationship>) => ({
      ...base,
      relationships: [{ ...old, ...change }, current],
    });
    expect(codes(withOld({ status: 'contributing' }))).toEqual(['OLD_ACCOUNT_NOT_SUSPENDED']);
    expect(codes(withOld({ arrearsFen: 468_000 }))).toEqual(['ARREARS_AT_OLD_PLACE']);
    expect(codes({ ...base, relationships: [{ ...old, status: 'drawing-pension' }] })).toEqual([
      'DRAWING_PENSION',
      'NOT_CONTRIBUTING_AT_DESTINATION',
      'NO_RECORD_AT_OLD_PLACE',
    ]);
  });

  it('explains the 50/40 rule instead of transferring when the destination keeps a temporary account', () => {
    const question: EligibilityQuestion = {
      ...base,
      relationships: [
        base.relationships[0]!,
        { ...base.relationships[1]!, accountKind: 'temporary' },
      ],
    };
    expect(codes(question)).toEqual(['TEMPORARY_ACCOUNT_CASE']);
    expect(explainEligibilityReason('TEMPORARY_ACCOUNT_CASE').zh).toContain('临时缴费账户');
  });

  it('applies the 50/40 rule by age when the destination has no relationship yet', () => {
    const older = { ...base.person, birthDate: '1970-01-01' };
    expect(codes({ ...base, person: older, relationships: [base.relationships[0]!] })).toContain(
      'TEMPORARY_ACCOUNT_CASE',
    );
    expect(codes({ ...base, relationships: [base.relationships[0]!] })).not.toContain(
      'TEMPORARY_ACCOUNT_CASE',
    );
  });

  it('asks no 50/40 question of someone deceased or drawing a pension', () => {
    const older = { ...base.person, birthDate: '1960-01-01', deceased: true };
    expect(codes({ ...base, person: older, relationships: [base.relationships[0]!] })).toEqual([
      'PERSON_DECEASED',
      'NOT_CONTRIBUTING_AT_DESTINATION',
    ]);
  });

  it('does not look at pensions or temporary accounts for medical insurance', () => {
    const medical: EligibilityQuestion = {
      ...base,
      scheme: 'medical',
      relationships: [
        { ...base.relationships[0]!, status: 'drawing-pension' },
        { ...base.relationships[1]!, accountKind: 'temporary' },
      ],
    };
    expect(codes(medical)).toEqual(['NO_RECORD_AT_OLD_PLACE']);
  });

  it('uses only the old place the person names', () => {
    expect(codes({ ...base, fromRegion: '510100' })).toEqual([]);
    expect(codes({ ...base, fromRegion: '110100' })).toEqual(['NO_RECORD_AT_OLD_PLACE']);
  });

  it('explains every code in Chinese and English', () => {
    for (const code of eligibilityReasonCodes) {
      const reason = explainEligibilityReason(code);
      expect(reason.zh.length).toBeGreaterThan(10);
      expect(reason.en.length).toBeGreaterThan(10);
    }
  });
});
