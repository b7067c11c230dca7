import { FormGroup } from '../../components/FormGroup.tsx';

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
  const { id, error } = props;
  return (
    <FormGroup id={id} label={props.label} hint={props.hint} error={error}>
      {(describedBy) => (
        <textarea
          className={error ? 'textarea textarea--error' : 'textarea'}
          id={id}
          rows={props.rows ?? 4}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
