import { useState } from 'react';
import { FormGroup } from '../../components/FormGroup.tsx';
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
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <div className="password-input">
          <input
            className={error ? 'text-input text-input--error' : 'text-input'}
            id={id}
            type={shown ? 'text' : 'password'}
            autoComplete={props.autoComplete}
            spellCheck={false}
            autoCapitalize="off"
            aria-describedby={describedBy}
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
      )}
    </FormGroup>
  );
}
