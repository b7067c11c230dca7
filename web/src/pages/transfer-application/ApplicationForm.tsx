import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useT } from '../../i18n/language-context.tsx';
import type { Messages } from '../../i18n/messages.zh-CN.ts';
import { applyUrl, invalidFields, type ApplicationAnswers } from './application-paths.ts';

const messageOf = (fieldId: string, t: Messages): string =>
  ({
    'contact-phone': t.apply.phoneError,
    address: t.apply.addressError,
    'post-code': t.apply.postCodeError,
    'former-number': t.apply.formerError,
    'agent-name': t.apply.agentNameError,
    'agent-phone': t.apply.agentPhoneError,
  })[fieldId] ?? t.problems.other;

/** The contact details the agency needs, pre-filled where the platform knows them. */
export function ApplicationForm(props: {
  scheme: InsuranceScheme;
  region: string;
  initial: ApplicationAnswers;
  onAnswered: (answers: ApplicationAnswers) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [answers, setAnswers] = useState(props.initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const heading = usePageHeading(t.apply.formTitle, errors.length > 0);
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const field = (key: keyof ApplicationAnswers) => ({
    value: answers[key],
    onChange: (value: string) => setAnswers((a) => ({ ...a, [key]: value })),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = invalidFields(answers).map((id) => ({ fieldId: id, message: messageOf(id, t) }));
    if (wrong.length > 0) {
      setErrors(wrong);
      setAttempt((n) => n + 1);
      return;
    }
    props.onAnswered(answers);
    navigate(applyUrl(props.scheme, props.region, 'check'));
  };

  return (
    <>
      <BackLink to={applyUrl(props.scheme, props.region)} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {t.apply.formTitle}
      </h1>
      <form onSubmit={submit} noValidate>
        <TextField
          id="contact-phone"
          label={t.apply.phoneLabel}
          hint={t.apply.phoneHint}
          error={errorOf('contact-phone')}
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          {...field('contactPhone')}
        />
        <TextField
          id="address"
          label={t.apply.addressLabel}
          hint={t.apply.addressHint}
          error={errorOf('address')}
          autoComplete="street-address"
          {...field('address')}
        />
        <TextField
          id="post-code"
          label={t.apply.postCodeLabel}
          error={errorOf('post-code')}
          inputMode="numeric"
          autoComplete="postal-code"
          short
          {...field('postCode')}
        />
        <TextField
          id="former-number"
          label={t.apply.formerLabel}
          hint={t.apply.formerHint}
          error={errorOf('former-number')}
          {...field('formerPersonalNumber')}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t.apply.agentLegend}</legend>
          <p className="hint">{t.apply.agentQuestion}</p>
          <TextField
            id="agent-name"
            label={t.apply.agentNameLabel}
            error={errorOf('agent-name')}
            {...field('agentName')}
          />
          <TextField
            id="agent-phone"
            label={t.apply.agentPhoneLabel}
            error={errorOf('agent-phone')}
            type="tel"
            inputMode="numeric"
            {...field('agentPhone')}
          />
        </fieldset>
        <button type="submit" className="button">
          {t.common.continue}
        </button>
      </form>
    </>
  );
}
