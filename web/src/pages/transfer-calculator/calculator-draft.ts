import { useEffect, useState } from 'react';
import { emptyAnswers, type CalculatorAnswers } from './calculator-answers.ts';
import type { RecordFill } from './record-answers.ts';

/** The form's answers, and — when they were filled from a recorded history — whose and what. */
export interface CalculatorDraft {
  answers: CalculatorAnswers;
  record: { owner: string; fill: RecordFill } | null;
}

export const blankDraft = (): CalculatorDraft => ({ answers: emptyAnswers(), record: null });

/**
 * The answers of the last visit to the form in this tab. Signing in or binding an identity to
 * use one's own record leaves the page, and nothing typed may be lost on the way. In memory
 * only, never browser storage (the answers can hold personal data), and gone on reload.
 */
let kept: CalculatorDraft | null = null;

/** A draft filled from someone's record is theirs: nobody else (signed out, or another) sees it. */
const visibleTo = (draft: CalculatorDraft, owner: string | null) =>
  draft.record === null || draft.record.owner === owner;

/**
 * The form's answers, kept while the person leaves the page and comes back. `owner` is the
 * signed-in account (its masked phone), null when nobody is signed in: answers from one
 * account's record are forgotten as soon as it is no longer signed in, here or in another tab.
 */
export function useCalculatorDraft(
  owner: string | null,
): [CalculatorDraft, (update: (draft: CalculatorDraft) => CalculatorDraft) => void] {
  const [draft, setDraft] = useState<CalculatorDraft>(() =>
    kept && visibleTo(kept, owner) ? kept : blankDraft(),
  );
  // Signed out while on the page: forget the record (adjusting state while rendering).
  if (!visibleTo(draft, owner)) setDraft(blankDraft());
  useEffect(() => {
    kept = draft;
  }, [draft]);
  return [draft, setDraft];
}
