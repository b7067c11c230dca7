import { useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import { sendSignInCode, signIn } from '../../api/auth.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { maskPhone, phoneDigits } from '../../auth/phone.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useT } from '../../i18n/language-context.tsx';
import type { Messages } from '../../i18n/messages.zh-CN.ts';
import {
  accountPath,
  readCodePageState,
  signInPaths,
  waitText,
  type CodePageState,
} from './sign-in-state.ts';

/** What a failed sign-in means for the person, in words of the current language. */
function signInProblem(caught: unknown, t: Messages): string {
  const failure = toApiFailure(caught);
  if (failure.kind === 'network') return t.signIn.network;
  if (failure.code === 'CODE_LOCKED') return t.signIn.codeLocked;
  if (failure.code === 'CODE_INVALID') {
    const remaining = failure.details.remainingAttempts;
    return typeof remaining === 'number' && remaining > 0
      ? t.signIn.codeWrong(remaining)
      : t.signIn.codeWrongNoCount;
  }
  if (failure.status === 429) return t.signIn.tooMany(waitText(failure, t));
  if (failure.status === 400) return t.signIn.codeFormatError;
  return t.problems.other;
}

/** Seconds until `at` (a `Date.now()` time), ticking once a second until it is reached. */
function useSecondsUntil(at: number): number {
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((at - now) / 1000));
  useEffect(() => {
    if (left === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [left]);
  return left;
}

/** Sign-in, question 2: the six-digit code from the text message, with a way to get a new one. */
export function CodePage() {
  const location = useLocation();
  const state = readCodePageState(location.state);
  if (!state) return <Navigate to={signInPaths.phone} replace />;
  return <CodeQuestion state={state} />;
}

function CodeQuestion({ state }: { state: CodePageState }) {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [resent, setResent] = useState(false);
  const heading = usePageHeading(t.signIn.codeTitle, error !== null);
  const resendIn = useSecondsUntil(state.resendAt);
  const digits = phoneDigits(state.phone);

  const fail = (message: string) => {
    setError(message);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const typed = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(typed)) {
      fail(t.signIn.codeFormatError);
      return;
    }
    setBusy(true);
    try {
      auth.signedIn(await signIn(state.phone, typed));
      navigate(state.returnTo ?? accountPath, { replace: true });
    } catch (caught) {
      fail(signInProblem(caught, t));
      setBusy(false);
    }
  };

  const resend = async () => {
    if (busy || resendIn > 0) return;
    setBusy(true);
    setResent(false);
    try {
      const sent = await sendSignInCode(state.phone);
      const next: CodePageState = {
        ...state,
        resendAt: Date.now() + sent.resendAfterSeconds * 1000,
      };
      navigate(signInPaths.code, { replace: true, state: next });
      setError(null);
      setCode('');
      setResent(true);
      document.getElementById('code')?.focus();
    } catch (caught) {
      const failure = toApiFailure(caught);
      fail(
        failure.kind === 'network'
          ? t.signIn.network
          : failure.status === 429
            ? t.signIn.tooManyCodes(waitText(failure, t))
            : failure.status === 503
              ? t.signIn.smsUnavailable
              : t.problems.other,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Link className="back-link" to={signInPaths.phone} state={{ returnTo: state.returnTo }}>
        {t.common.back}
      </Link>
      <ErrorSummary errors={error ? [{ fieldId: 'code', message: error }] : []} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {t.signIn.codeTitle}
      </h1>
      <p>{t.signIn.codeSentTo(digits ? maskPhone(digits) : state.phone)}</p>
      <div role="status">{resent && <p className="notice">{t.signIn.resent}</p>}</div>
      <form onSubmit={submit} noValidate>
        <TextField
          id="code"
          label={t.signIn.codeLabel}
          hint={t.signIn.codeHint}
          error={error ?? undefined}
          value={code}
          onChange={setCode}
          inputMode="numeric"
          autoComplete="one-time-code"
          short
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t.signIn.signingIn : t.signIn.submit}
        </button>
      </form>
      <ul className="actions">
        <li>
          <button
            type="button"
            className="link-button"
            disabled={resendIn > 0}
            aria-describedby={resendIn > 0 ? 'resend-wait' : undefined}
            onClick={() => void resend()}
          >
            {t.signIn.resend}
          </button>
          {resendIn > 0 && (
            <span className="hint link-button__wait" id="resend-wait">
              {t.signIn.resendWait(resendIn)}
            </span>
          )}
        </li>
        <li>
          <Link to={signInPaths.phone} state={{ returnTo: state.returnTo }}>
            {t.signIn.changePhone}
          </Link>
        </li>
      </ul>
    </>
  );
}
