import { useState } from 'react';
import { FormGroup } from '../../components/FormGroup.tsx';
import { useCardsT } from './use-cards-t.ts';

/**
 * A six-digit service password: a number keypad on phones, hidden by default with a button to
 * show it (so that an older person can check what they typed), its hint and its message.
 * Apart from the staff PasswordField on purpose: a short numeric box whose button names its field,
 * against a wide passphrase box; only the show/hide state would be shared.
 */
export function CardPasswordField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  const t = useCardsT();
  const [shown, setShown] = useState(false);
  const { id, hint, error } = props;
  return (
    <FormGroup id={id} label={props.label} hint={hint} error={error}>
      {(describedBy) => (
        <div className="card-password">
          <input
            className={
              error
                ? 'text-input text-input--short text-input--error'
                : 'text-input text-input--short'
            }
            id={id}
            type={shown ? 'text' : 'password'}
            inputMode="numeric"
            autoComplete="new-password"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            value={props.value}
            onChange={(event) => props.onChange(event.target.value)}
          />
          <button
            type="button"
            className="button button--secondary card-password__toggle"
            aria-controls={id}
            aria-pressed={shown}
            onClick={() => setShown((on) => !on)}
          >
            {t.enable.show}
            <span className="visually-hidden">：{props.label}</span>
          </button>
        </div>
      )}
    </FormGroup>
  );
}
