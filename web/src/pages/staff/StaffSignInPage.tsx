import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import { signInStaff } from '../../api/staff.ts';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { PasswordField } from './PasswordField.tsx';
import { requiredAnswers } from './staff-answers.ts';
import type { StaffMessages } from './staff-messages.zh-CN.ts';
import { homeOf, readSignInNotice, staffPaths } from './staff-paths.ts';
import { useStaffSession } from './staff-session.tsx';
import { TotpCodeField, totpCodeError, totpDigits } from './TotpCodeField.tsx';
import { useStaffT } from './use-staff-t.ts';
import { staffWaitText } from './wait-text.ts';

type Field = 'username' | 'password' | 'totpCode';

function missingFields(answers: Record<Field, string>, t: StaffMessages): FieldError[] {
  const codeError = totpCodeError(answers.totpCode, t.signIn);
  return [
    ...requiredAnswers([
      ['username', answers.username.trim(), t.signIn.usernameMissing],
      ['password', answers.password, t.signIn.passwordMissing],
    ]),
    ...(codeError ? [codeError] : []),
  ];
}

/** What a refused sign-in means, said once and linked to the first field. */
function refusal(caught: unknown, t: StaffMessages): FieldError {
  const failure = toApiFailure(caught);
  const message =
    failure.kind === 'network'
      ? t.signIn.network
      : failure.code === 'STAFF_SIGN_IN_FAILED'
        ? t.signIn.failed
        : failure.code === 'STAFF_ACCOUNT_LOCKED'
          ? t.signIn.locked(staffWaitText(failure, t))
          : failure.status === 429
            ? t.signIn.tooMany(staffWaitText(failure, t))
            : t.signIn.other;
  return { fieldId: 'username', message };
}

/** 工作人员登录: user name, password and the authenticator's 6-digit code. */
export function StaffSignInPage() {
  const session = useStaffSession();
  if (session.state.status === 'signed-in') {
    const { member } = session.state;
    return (
      <Navigate
        to={member.passwordChangeRequired ? staffPaths.password : homeOf(member.account.role)}
        replace
      />
    );
  }
  return <SignInForm />;
}

function SignInForm() {
  const t = useStaffT();
  const session = useStaffSession();
  const navigate = useNavigate();
  const notice = readSignInNotice(useLocation().state);
  const [answers, setAnswers] = useState<Record<Field, string>>({
    username: '',
    password: '',
    totpCode: '',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [refused, setRefused] = useState<FieldError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = usePageHeading(t.signIn.title, errors.length > 0 || refused !== null);
  const set = (field: Field) => (value: string) => setAnswers((a) => ({ ...a, [field]: value }));
  const errorOf = (field: Field) => errors.find((e) => e.fieldId === field)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing = missingFields(answers, t);
    setErrors(missing);
    setRefused(null);
    if (missing.length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const member = await signInStaff({
        username: answers.username.trim(),
        password: answers.password,
        totpCode: totpDigits(answers.totpCode),
      });
      session.signedIn(member);
      void navigate(
        member.passwordChangeRequired ? staffPaths.password : homeOf(member.account.role),
        { replace: true },
      );
    } catch (caught) {
      // A code is good once: the next try needs the next one.
      setAnswers((a) => ({ ...a, password: '', totpCode: '' }));
      setRefused(refusal(caught, t));
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };

  const noticeText =
    notice === 'signed-out'
      ? t.signIn.signedOut
      : notice === 'session-ended'
        ? t.signIn.sessionEnded
        : notice === 'sign-in-first'
          ? t.signIn.signInFirst
          : null;

  return (
    <>
      <ErrorSummary errors={refused ? [refused] : errors} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {t.signIn.title}
      </h1>
      <div role="status">{noticeText && !refused && <p className="notice">{noticeText}</p>}</div>
      <p>{t.signIn.intro}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="username"
          label={t.signIn.username}
          error={errorOf('username') ?? refused?.message}
          value={answers.username}
          onChange={set('username')}
          autoComplete="username"
        />
        <PasswordField
          id="password"
          label={t.signIn.password}
          error={errorOf('password')}
          value={answers.password}
          onChange={set('password')}
          autoComplete="current-password"
        />
        <TotpCodeField
          label={t.signIn.totpCode}
          hint={t.signIn.totpHint}
          error={errorOf('totpCode')}
          value={answers.totpCode}
          onChange={set('totpCode')}
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t.signIn.submitting : t.signIn.submit}
        </button>
      </form>
      <p className="staff-aside">
        <Link to={staffPaths.activate}>{t.signIn.activateLink}</Link>
      </p>
    </>
  );
}
