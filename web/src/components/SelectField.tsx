import { FormGroup } from './FormGroup.tsx';

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
  const { id, error } = props;
  return (
    <FormGroup id={id} label={props.label} hint={props.hint} error={error} compact={props.compact}>
      {(describedBy) => (
        <select
          className={error ? 'select select--error' : 'select'}
          id={id}
          value={props.value}
          aria-describedby={describedBy}
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
      )}
    </FormGroup>
  );
}
