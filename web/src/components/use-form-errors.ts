import { useState } from 'react';
import type { FieldError } from './ErrorSummary.tsx';

/** A form's field errors, for its `<ErrorSummary>` and the message beside each field. */
export interface FormErrors {
  errors: FieldError[];
  /** Counts the failed submissions: the error summary takes the focus each time it changes. */
  attempt: number;
  /** Shows these errors after a submission, the summary taking the focus again. */
  fail: (found: FieldError[]) => void;
  /** Takes every error away (after a submission that worked). */
  clear: () => void;
  /** The message beside a field, if it has one. */
  errorOf: (fieldId: string) => string | undefined;
}

/** The field errors of a form that is validated when it is submitted (CONVENTIONS.md). */
export function useFormErrors(): FormErrors {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  return {
    errors,
    attempt,
    fail: (found) => {
      setErrors(found);
      setAttempt((n) => n + 1);
    },
    clear: () => setErrors([]),
    errorOf: (fieldId) => errors.find((e) => e.fieldId === fieldId)?.message,
  };
}
