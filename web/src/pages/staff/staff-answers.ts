import type { FieldError } from '../../components/ErrorSummary.tsx';

/**
 * A "please enter" error for each question left empty, in the order of the page: `[fieldId,
 * answer, message]`, the answer trimmed by the caller where spaces do not count (never a password).
 */
export function requiredAnswers(
  questions: readonly (readonly [fieldId: string, answer: string, message: string])[],
): FieldError[] {
  return questions
    .filter(([, answer]) => answer === '')
    .map(([fieldId, , message]) => ({ fieldId, message }));
}
