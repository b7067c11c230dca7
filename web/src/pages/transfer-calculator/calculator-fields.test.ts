import { describe, expect, it } from 'vitest';
import { linkTargetOf, messagesByPath, summaryOf } from './calculator-fields.ts';

describe("the calculator's field problems", () => {
  it('links each path of the request to the control that answers it', () => {
    expect(linkTargetOf('person.sex', 1)).toBe('person-sex-male');
    expect(linkTargetOf('person.birthDate', 1)).toBe('person-birthDate');
    expect(linkTargetOf('person.hukouRegion', 1)).toBe('person-hukouRegion-province');
    expect(linkTargetOf('destinationRegion', 1)).toBe('destinationRegion-province');
    expect(linkTargetOf('history', 2)).toBe('history');
    expect(linkTargetOf('history.1', 2)).toBe('history-1');
    expect(linkTargetOf('history.1.region', 2)).toBe('history-1-region-province');
    expect(linkTargetOf('history.1.to', 2)).toBe('history-1-to');
    expect(linkTargetOf('history.0.accountKind', 2)).toBe('history-0-accountKind-normal');
    // A period the form no longer has, or a field it never sends: the first question.
    expect(linkTargetOf('history.5.to', 2)).toBe('person-sex-male');
    expect(linkTargetOf('name', 2)).toBe('person-sex-male');
  });

  it("shows the server's words in the page's language, but its own for yuan and percent", () => {
    const problems = [
      { path: 'person.sex', message: '请选择性别', messageEn: 'Choose your sex.' },
      { path: 'history.0.monthlyBaseFen', message: '…（单位：分）', messageEn: '… fen' },
      { path: 'history.0.employerRateBp', message: '…万分之一', messageEn: '… basis points' },
      { path: 'person.sex', message: 'second', messageEn: 'second' },
    ];
    const own = { wage: 'wage in yuan', rate: 'rate in percent' };
    const english = messagesByPath(problems, 'en', own);
    expect([...english]).toEqual([
      ['person.sex', 'Choose your sex.'],
      ['history.0.monthlyBaseFen', 'wage in yuan'],
      ['history.0.employerRateBp', 'rate in percent'],
    ]);
    expect(messagesByPath(problems, 'zh-CN', own).get('person.sex')).toBe('请选择性别');
    expect(summaryOf(english, 1)).toEqual([
      { fieldId: 'person-sex-male', message: 'Choose your sex.' },
      { fieldId: 'history-0-monthlyBaseFen', message: 'wage in yuan' },
      { fieldId: 'history-0-employerRateBp', message: 'rate in percent' },
    ]);
  });
});
