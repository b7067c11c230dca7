import type { AgencyCardsMessages } from './agency-cards-messages.zh-CN.ts';

/** The actions staff open on a card's page, each asking first. */
export type CardStep = 'complete' | 'refuse' | 'formal-loss' | 'reset-password';

/** What staff typed on a card's page: kept above the forms, so a reload or a cancel keeps it. */
export interface CardDrafts {
  open: CardStep | null;
  refuseNote: string;
  formalLossNote: string;
  password: string;
  passwordAgain: string;
}

export const emptyCardDrafts: CardDrafts = {
  open: null,
  refuseNote: '',
  formalLossNote: '',
  password: '',
  passwordAgain: '',
};

/** Where each typed answer lives on the page, for the error summary's links. */
export const cardFieldIds = {
  refuseNote: 'refuse-note',
  formalLossNote: 'formal-loss-note',
  password: 'new-password',
  passwordAgain: 'new-password-again',
} as const;

type FieldProblem = { fieldId: string; message: string };
type Errors = AgencyCardsMessages['actions']['errors'];

// The server's limits (agency-cards.schemas.ts), checked first here so staff read them at once.
const noteProblem = (note: string, min: number, short: string, errors: Errors) => {
  const length = Array.from(note.trim()).length;
  if (length < min) return short;
  if (length > 500) return errors.noteLong;
  return null;
};

/** What is wrong with a step's answers before it is sent; empty when it may go. */
export function cardStepProblems(
  step: CardStep,
  drafts: CardDrafts,
  errors: Errors,
): FieldProblem[] {
  const problems: (FieldProblem | null)[] = [];
  const check = (fieldId: string, message: string | null) =>
    problems.push(message === null ? null : { fieldId, message });
  if (step === 'refuse')
    check(cardFieldIds.refuseNote, noteProblem(drafts.refuseNote, 5, errors.noteShort, errors));
  if (step === 'formal-loss')
    check(
      cardFieldIds.formalLossNote,
      noteProblem(drafts.formalLossNote, 2, errors.formalLossNote, errors),
    );
  if (step === 'reset-password') {
    check(cardFieldIds.password, /^\d{6}$/.test(drafts.password) ? null : errors.password);
    check(
      cardFieldIds.passwordAgain,
      drafts.passwordAgain === drafts.password ? null : errors.passwordAgain,
    );
  }
  return problems.filter((p): p is FieldProblem => p !== null);
}
