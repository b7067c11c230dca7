import { useState } from 'react';
import { FieldErrorMessage } from '../../components/FieldErrorMessage.tsx';
import { useCardsT } from './use-cards-t.ts';

/**
 * A six-digit service password: a number keypad on phones, hidden by default with a button to
 * show it (so that an older person can check what they typed), its hint and its message.
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
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {props.label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && <FieldErrorMessage id={`${id}-error`} message={error} />}
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
          aria-describedby={describedBy || undefined}
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
    </div>
  );
}
