import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import { completeActivation, startActivation, type TotpEnrolment } from '../../api/staff.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { PasswordField } from './PasswordField.tsx';
import { refusedFieldErrors } from './server-field-errors.ts';
import { requiredAnswers } from './staff-answers.ts';
import { staffPaths } from './staff-paths.ts';
import { TotpCodeField, totpCodeError, totpDigits } from './TotpCodeField.tsx';
import { useStaffT } from './use-staff-t.ts';

type Step =
  | { name: 'code' }
  | { name: 'enrol'; username: string; activationCode: string; enrolment: TotpEnrolment }
  | { name: 'done' };

/**
 * 激活账号: the user name and activation code a sysadmin handed over; then the TOTP key to type
 * into an authenticator app, the chosen password and a first code; then done.
 */
export function ActivationPage() {
  const [step, setStep] = useState<Step>({ name: 'code' });
  if (step.name === 'enrol')
    return (
      <EnrolStep
        step={step}
        onDone={() => setStep({ name: 'done' })}
        onRestart={() => setStep({ name: 'code' })}
      />
    );
  if (step.name === 'done') return <DoneStep />;
  return <CodeStep onStarted={(next) => setStep(next)} />;
}

function CodeStep({ onStarted }: { onStarted: (step: Step & { name: 'enrol' }) => void }) {
  const t = useStaffT();
  const common = useT();
  const [username, setUsername] = useState('');
  const [activationCode, setActivationCode] = useState('');
  const { errors, attempt, fail, errorOf } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const heading = usePageHeading(t.activate.title, errors.length > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing = requiredAnswers([
      ['username', username.trim(), t.activate.usernameMissing],
      ['activationCode', activationCode.trim(), t.activate.codeMissing],
    ]);
    if (missing.length > 0) return fail(missing);
    setBusy(true);
    try {
      const enrolment = await startActivation({ username: username.trim(), activationCode });
      onStarted({ name: 'enrol', username: username.trim(), activationCode, enrolment });
    } catch (caught) {
      const failure = toApiFailure(caught);
      const message =
        failure.kind === 'network'
          ? t.signIn.network
          : failure.code === 'ACTIVATION_INVALID' || failure.status === 400
            ? t.activate.invalid
            : failure.status === 429
              ? t.signIn.tooMany(t.signIn.aMoment)
              : common.problems.other;
      fail([{ fieldId: 'activationCode', message }]);
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {t.activate.title}
      </h1>
      <p>{t.activate.intro}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="username"
          label={t.activate.username}
          error={errorOf('username')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
        />
        <TextField
          id="activationCode"
          label={t.activate.activationCode}
          hint={t.activate.activationCodeHint}
          error={errorOf('activationCode')}
          value={activationCode}
          onChange={setActivationCode}
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t.activate.checking : t.activate.continue}
        </button>
      </form>
    </>
  );
}

/** The key in groups of four, easier to type into an app. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

function EnrolStep({
  step,
  onDone,
  onRestart,
}: {
  step: Step & { name: 'enrol' };
  onDone: () => void;
  onRestart: () => void;
}) {
  const t = useStaffT();
  const common = useT();
  const { language } = useLanguage();
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const { errors, attempt, fail, errorOf } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const heading = usePageHeading(t.activate.enrolTitle, errors.length > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const codeError = totpCodeError(totpCode, t.activate);
    const missing = [
      ...requiredAnswers([['password', password, t.activate.passwordMissing]]),
      ...(codeError ? [codeError] : []),
    ];
    if (missing.length > 0) return fail(missing);
    setBusy(true);
    try {
      await completeActivation({
        username: step.username,
        activationCode: step.activationCode,
        password,
        totpCode: totpDigits(totpCode),
      });
      onDone();
    } catch (caught) {
      const failure = toApiFailure(caught);
      setBusy(false);
      if (failure.code === 'ACTIVATION_INVALID') return onRestart();
      const otherwise =
        failure.kind === 'network'
          ? t.signIn.network
          : failure.code === 'CONFLICT'
            ? t.activate.conflict
            : common.problems.other;
      fail(refusedFieldErrors(failure, language, ['password', 'totpCode'], otherwise));
    }
  };

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {t.activate.enrolTitle}
      </h1>
      <p>{t.activate.enrolIntro}</p>
      <dl className="summary-list totp-enrolment">
        <dt>{t.activate.username}</dt>
        <dd>{step.username}</dd>
        <dt>{t.activate.secretLabel}</dt>
        <dd>
          <code className="totp-secret" data-secret={step.enrolment.totpSecret}>
            {grouped(step.enrolment.totpSecret)}
          </code>
          <span className="hint totp-enrolment__hint">{t.activate.secretHint}</span>
        </dd>
      </dl>
      <details className="totp-uri">
        <summary>{t.activate.uriLabel}</summary>
        <code>{step.enrolment.totpUri}</code>
      </details>
      <form onSubmit={submit} noValidate>
        <PasswordField
          id="password"
          label={t.activate.password}
          hint={t.activate.passwordHint}
          error={errorOf('password')}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
        />
        <TotpCodeField
          label={t.activate.totpCode}
          hint={t.activate.totpHint}
          error={errorOf('totpCode')}
          value={totpCode}
          onChange={setTotpCode}
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t.activate.submitting : t.activate.submit}
        </button>
      </form>
    </>
  );
}

function DoneStep() {
  const t = useStaffT();
  const heading = usePageHeading(t.activate.doneTitle);
  return (
    <>
      <div className="status-panel status-panel--open">
        <h1 ref={heading} tabIndex={-1} className="status-panel__title">
          {t.activate.doneTitle}
        </h1>
        <p>{t.activate.doneText}</p>
      </div>
      <p>
        <Link className="button" to={staffPaths.signIn}>
          {t.activate.toSignIn}
        </Link>
      </p>
    </>
  );
}
