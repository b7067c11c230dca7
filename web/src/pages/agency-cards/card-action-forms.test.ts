import { describe, expect, it } from 'vitest';
import { agencyCardsZhCN } from './agency-cards-messages.zh-CN.ts';
import { cardStepProblems, emptyCardDrafts } from './card-action-forms.ts';

const errors = agencyCardsZhCN.actions.errors;
const fieldsOf = (problems: { fieldId: string }[]) => problems.map((p) => p.fieldId);

describe('the answers of a card action before they are sent', () => {
  it('asks for a refusal reason of 5 to 500 characters, spaces not counted at the ends', () => {
    const with_ = (refuseNote: string) =>
      cardStepProblems('refuse', { ...emptyCardDrafts, refuseNote }, errors);
    expect(with_('  不行  ')).toEqual([{ fieldId: 'refuse-note', message: errors.noteShort }]);
    expect(with_('材料不齐全')).toEqual([]);
    expect(with_('请'.repeat(501))).toEqual([{ fieldId: 'refuse-note', message: errors.noteLong }]);
  });

  it('asks for a note of at least 2 characters for a formal loss report', () => {
    expect(fieldsOf(cardStepProblems('formal-loss', emptyCardDrafts, errors))).toEqual([
      'formal-loss-note',
    ]);
    expect(
      cardStepProblems('formal-loss', { ...emptyCardDrafts, formalLossNote: '本人' }, errors),
    ).toEqual([]);
  });

  it('asks for six digits typed twice the same for a password reset', () => {
    const drafts = (password: string, passwordAgain: string) => ({
      ...emptyCardDrafts,
      password,
      passwordAgain,
    });
    expect(fieldsOf(cardStepProblems('reset-password', drafts('12345', '12345'), errors))).toEqual([
      'new-password',
    ]);
    expect(
      fieldsOf(cardStepProblems('reset-password', drafts('123456', '123465'), errors)),
    ).toEqual(['new-password-again']);
    expect(cardStepProblems('reset-password', drafts('123456', '123456'), errors)).toEqual([]);
  });

  it('needs nothing typed to complete a task', () => {
    expect(cardStepProblems('complete', emptyCardDrafts, errors)).toEqual([]);
  });
});
