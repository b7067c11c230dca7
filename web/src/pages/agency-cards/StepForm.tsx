import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';

/**
 * One opened action: what it does, the answers it needs (if any), then the button and a cancel.
 * Problems show after the first attempt to send, at the top with links and beside each field
 * (`children` get the message of their field), and follow the typing from then on.
 */
export function StepForm(props: {
  title: string;
  body: string;
  confirm: string;
  working: string;
  cancel: string;
  warning?: boolean;
  busy: boolean;
  /** What is wrong with the answers now (typed or as the server said). */
  problems: FieldError[];
  children?: (errorOf: (fieldId: string) => string | undefined) => ReactNode;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const [attempt, setAttempt] = useState(0);
  // Opened, the form takes the focus, so that keyboard and screen-reader users are in it.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const shown = attempt > 0 ? props.problems : [];
  const errorOf = (fieldId: string) => shown.find((p) => p.fieldId === fieldId)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.busy) return;
    setAttempt((n) => n + 1);
    if (props.problems.length === 0) props.onSubmit();
  };

  return (
    <form
      className={props.warning ? 'step-panel step-panel--warning' : 'step-panel'}
      onSubmit={submit}
      noValidate
    >
      <ErrorSummary errors={shown} attempt={attempt} />
      <h3 className="step-panel__title" ref={title} tabIndex={-1}>
        {props.title}
      </h3>
      <p>{props.body}</p>
      {props.children?.(errorOf)}
      <ul className="actions">
        <li>
          <button
            type="submit"
            className={props.warning ? 'button button--warning' : 'button'}
            aria-disabled={props.busy || undefined}
          >
            {props.busy ? props.working : props.confirm}
          </button>
        </li>
        <li>
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {props.cancel}
          </button>
        </li>
      </ul>
    </form>
  );
}
