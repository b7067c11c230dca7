import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  explainRejectionReason,
  rejectionReasonCodes,
} from '../../../../domain/transfer/rejection-reasons.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { rejectFieldIds, rejectionProblems, type RejectionDraft } from './step-forms.ts';
import type { AgencyMessages } from './agency-messages.zh-CN.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from './TextAreaField.tsx';
import { useTexts } from './use-agency-t.ts';

/**
 * 不予受理 (or, once the case is accepted, 不予办理: `texts` from actionTextsFor): a reason from
 * the closed list and a written explanation for the applicant, both required; every problem is
 * listed at the top and beside its field. What is typed belongs to the case page (`draft`), so
 * cancelling or reloading the case keeps it.
 */
export function RejectForm(props: {
  texts: AgencyMessages['actions'];
  draft: RejectionDraft;
  onChange: (draft: RejectionDraft) => void;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const text = useTexts();
  const a = props.texts;
  const { draft } = props;
  const [attempt, setAttempt] = useState(0);
  // Opened, the form takes the focus, so that keyboard and screen-reader users are in it.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  // Problems show after the first attempt to send, and follow the typing from then on.
  const problems = attempt > 0 ? rejectionProblems(draft, a) : [];
  const errorOf = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.busy) return;
    setAttempt((n) => n + 1);
    if (rejectionProblems(draft, a).length === 0) props.onSubmit();
  };

  return (
    <form className="step-panel step-panel--warning" onSubmit={submit} noValidate>
      <ErrorSummary errors={problems} attempt={attempt} />
      <h3 className="step-panel__title" ref={title} tabIndex={-1}>
        {a.rejectTitle}
      </h3>
      <p>{a.rejectBody}</p>
      <SelectField
        id={rejectFieldIds.reasonCode}
        label={a.reasonCode}
        placeholder={a.chooseReason}
        error={errorOf(rejectFieldIds.reasonCode)}
        options={rejectionReasonCodes.map((code) => ({
          value: code,
          label: text(explainRejectionReason(code)),
        }))}
        value={draft.reasonCode}
        onChange={(reasonCode) => props.onChange({ ...draft, reasonCode })}
      />
      <TextAreaField
        id={rejectFieldIds.explanation}
        label={a.explanation}
        hint={a.explanationHint}
        error={errorOf(rejectFieldIds.explanation)}
        rows={5}
        value={draft.explanation}
        onChange={(explanation) => props.onChange({ ...draft, explanation })}
      />
      <ul className="actions">
        <li>
          <button
            type="submit"
            className="button button--warning"
            aria-disabled={props.busy || undefined}
          >
            {props.busy ? a.working : a.rejectConfirm}
          </button>
        </li>
        <li>
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {a.cancel}
          </button>
        </li>
      </ul>
    </form>
  );
}
