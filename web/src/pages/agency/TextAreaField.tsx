import { FieldErrorMessage } from '../../components/FieldErrorMessage.tsx';

/** A question answered in a few sentences, with its hint and the message beside it when wrong. */
export function TextAreaField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
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
      <textarea
        className={error ? 'textarea textarea--error' : 'textarea'}
        id={id}
        rows={props.rows ?? 4}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
