import { useEffect, useState, type FormEvent } from 'react';
import { formatCitizenIdGrouped } from '../../../../domain/identifiers/citizen-id.ts';
import { toApiFailure } from '../../api/api-failure.ts';
import { revealApplicantData, type RevealableField } from '../../api/agency.ts';
import { TextField } from '../../components/TextField.tsx';
import { useLanguage } from '../../i18n/language-context.tsx';
import { revealReasonProblem } from './step-forms.ts';
import { useAgencyT } from './use-agency-t.ts';

const grouped = (field: RevealableField, value: string) =>
  field === 'citizenId' && value.length === 18
    ? formatCitizenIdGrouped(value)
    : value.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3');

/**
 * A masked personal value (ID number, phone) and the way to see it in full: the staff member
 * gives a reason, which the server writes to the audit log with the look, then reads the value.
 * The reason typed is held by the case page, so a reload of the case keeps it.
 */
export function RevealValue(props: {
  caseId: string;
  field: RevealableField;
  masked: string;
  reason: string;
  onReasonChange: (reason: string) => void;
}) {
  const t = useAgencyT();
  const { language } = useLanguage();
  const { field } = props;
  const [asking, setAsking] = useState(false);
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = `reveal-${field}-reason`;
  // The question opens where the button was: the cursor goes straight to it.
  useEffect(() => {
    if (asking) document.getElementById(inputId)?.focus();
  }, [asking, inputId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem = revealReasonProblem(props.reason, t.reveal);
    if (problem) {
      setError(problem);
      document.getElementById(inputId)?.focus();
      return;
    }
    setBusy(true);
    try {
      setValue(await revealApplicantData(props.caseId, field, props.reason.trim()));
      setAsking(false);
      setError(null);
    } catch (caught) {
      const failure = toApiFailure(caught);
      setError(
        failure.messages
          ? `${t.reveal.failed}：${language === 'zh-CN' ? failure.messages.zh : failure.messages.en}`
          : t.reveal.failed,
      );
    } finally {
      setBusy(false);
    }
  };

  if (value !== null)
    return (
      <div className="reveal">
        <span className="reveal__value">{grouped(field, value)}</span>
        <p className="reveal__note" role="status">
          {t.reveal.shown}
        </p>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setValue(null)}
        >
          {t.reveal.hide}
        </button>
      </div>
    );

  return (
    <div className="reveal">
      <span className="reveal__value">{props.masked}</span>
      {asking ? (
        <form className="reveal__form" onSubmit={(event) => void submit(event)} noValidate>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t.reveal.legend[field]}</legend>
            <TextField
              id={inputId}
              label={t.reveal.reason}
              hint={t.reveal.reasonHint}
              error={error ?? undefined}
              value={props.reason}
              onChange={props.onReasonChange}
            />
            <ul className="actions">
              <li>
                <button type="submit" className="button" aria-disabled={busy || undefined}>
                  {t.reveal.submit}
                </button>
              </li>
              <li>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setAsking(false);
                    setError(null);
                  }}
                >
                  {t.reveal.cancel}
                </button>
              </li>
            </ul>
          </fieldset>
        </form>
      ) : (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setAsking(true)}
        >
          {t.reveal.show[field]}
        </button>
      )}
    </div>
  );
}
