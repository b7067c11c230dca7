import type { HTMLAttributes } from 'react';
import { FormGroup } from './FormGroup.tsx';

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  /** A narrow box for short answers (a month, a percentage). */
  short?: boolean;
  /** `tel` for phone numbers; plain text otherwise. */
  type?: 'text' | 'tel';
}

/** A question answered by typing, with its hint and the message beside it when it is wrong. */
export function TextField(props: TextFieldProps) {
  const { id, label, hint, error, value, onChange } = props;
  const inputClass = [
    'text-input',
    props.short && 'text-input--short',
    error && 'text-input--error',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          className={inputClass}
          id={id}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
