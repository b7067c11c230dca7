import { FieldErrorMessage } from '../../components/FieldErrorMessage.tsx';

/** A question answered by choosing from a drop-down list, with its hint and error message. */
export function SelectField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
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
      <select
        className="select"
        id={id}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
