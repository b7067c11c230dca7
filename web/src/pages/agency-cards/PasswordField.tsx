import { FieldErrorMessage } from '../../components/FieldErrorMessage.tsx';

/** A six-digit service password the holder types themselves: hidden, a number keypad on phones. */
export function PasswordField(props: {
  id: string;
  label: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  const { id, error } = props;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {props.label}
      </label>
      {error && <FieldErrorMessage id={`${id}-error`} message={error} />}
      <input
        className={
          error ? 'text-input text-input--short text-input--error' : 'text-input text-input--short'
        }
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={6}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
