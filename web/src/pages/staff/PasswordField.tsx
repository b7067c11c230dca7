import { useState } from 'react';
import { FieldErrorMessage } from '../../components/FieldErrorMessage.tsx';
import { useStaffT } from './use-staff-t.ts';

/**
 * A password question with a show/hide button (so that a long passphrase can be checked before it
 * is sent), its hint and the message beside it when it is wrong.
 */
export function PasswordField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
}) {
  const t = useStaffT();
  const [shown, setShown] = useState(false);
  const { id, label, hint, error } = props;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && <FieldErrorMessage id={`${id}-error`} message={error} />}
      <div className="password-input">
        <input
          className={error ? 'text-input text-input--error' : 'text-input'}
          id={id}
          type={shown ? 'text' : 'password'}
          autoComplete={props.autoComplete}
          spellCheck={false}
          autoCapitalize="off"
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
        <button
          type="button"
          className="button button--secondary password-input__toggle"
          aria-controls={id}
          aria-pressed={shown}
          onClick={() => setShown((on) => !on)}
        >
          {t.passwordField.show}
        </button>
      </div>
    </div>
  );
}
