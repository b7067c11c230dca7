import { FieldErrorMessage } from './FieldErrorMessage.tsx';

/** A yes/no question answered by ticking a box, with an optional hint and error message. */
export function Checkbox(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { id, label, hint, error } = props;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      {error && <FieldErrorMessage id={`${id}-error`} message={error} />}
      <div className="checkbox">
        <input
          className="checkbox__input"
          type="checkbox"
          id={id}
          checked={props.checked}
          aria-describedby={describedBy || undefined}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint && (
        <p className="hint checkbox__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
