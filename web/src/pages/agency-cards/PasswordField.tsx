import { FormGroup } from '../../components/FormGroup.tsx';

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
    <FormGroup id={id} label={props.label} error={error}>
      {(describedBy) => (
        <input
          className={
            error
              ? 'text-input text-input--short text-input--error'
              : 'text-input text-input--short'
          }
          id={id}
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={6}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
