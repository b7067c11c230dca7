import type { ReactNode } from 'react';
import { FieldErrorMessage } from './FieldErrorMessage.tsx';

/**
 * One question's frame: its label, hint and the message beside it when it is wrong, around the
 * control that takes the answer. The control gets the ids to read with it through
 * `aria-describedby` (hint, then error), and marks itself `aria-invalid` when `error` is set.
 */
export function FormGroup(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Less space below, for a row of filters above a list. */
  compact?: boolean | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const { id, hint, error } = props;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const group = [
    'form-group',
    props.compact && 'form-group--compact',
    error && 'form-group--error',
  ];
  return (
    <div className={group.filter(Boolean).join(' ')}>
      <label className="label" htmlFor={id}>
        {props.label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && <FieldErrorMessage id={`${id}-error`} message={error} />}
      {props.children(describedBy || undefined)}
    </div>
  );
}
