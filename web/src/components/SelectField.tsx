import { FieldErrorMessage } from './FieldErrorMessage.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

/** A question answered by choosing from a list, with its hint and error message. */
export function SelectField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  options: SelectOption[];
  /** The first, empty choice ("all", or "choose one"). */
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  /** Less space below, for a row of filters above a list (the agency's work queues). */
  compact?: boolean;
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
      <select
        className={error ? 'select select--error' : 'select'}
        id={id}
        value={props.value}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
