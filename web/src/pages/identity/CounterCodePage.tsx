import { useState, type FormEvent } from 'react';
import { toApiFailure } from '../../api/api-failure.ts';
import { redeemCounterCode } from '../../api/identity.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useT } from '../../i18n/language-context.tsx';
import type { Messages } from '../../i18n/messages.zh-CN.ts';
import { waitText } from '../sign-in/sign-in-state.ts';
import { identityPaths } from './identity-paths.ts';
import { useIdentityReturn } from './identity-return.ts';
import { SignedInOnly } from './SignedInOnly.tsx';

/** 实人认证 with a counter code: the 8 characters agency staff gave after checking the ID card. */
export function CounterCodePage() {
  return (
    <SignedInOnly returnTo={identityPaths.verification}>{() => <CounterCodeForm />}</SignedInOnly>
  );
}

function counterCodeProblem(caught: unknown, t: Messages): string {
  const failure = toApiFailure(caught);
  if (failure.kind === 'network') return t.signIn.network;
  if (failure.code === 'CODE_LOCKED') return t.verification.counterLocked;
  if (failure.code === 'CODE_INVALID') {
    const remaining = failure.details.remainingAttempts;
    return typeof remaining === 'number' && remaining > 0
      ? t.verification.counterWrong(remaining)
      : t.verification.counterWrongNoCount;
  }
  if (failure.status === 429) return t.signIn.tooMany(waitText(failure, t));
  if (failure.status === 400) return t.verification.counterError;
  return t.problems.other;
}

function CounterCodeForm() {
  const t = useT();
  const auth = useAuth();
  const back = useIdentityReturn();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = usePageHeading(t.verification.counterTitle, error !== null);

  const fail = (message: string) => {
    setError(message);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const typed = code.replace(/[\s-]/g, '');
    if (!/^[0-9a-z]{8}$/i.test(typed)) {
      fail(t.verification.counterError);
      return;
    }
    setBusy(true);
    try {
      const { result } = await redeemCounterCode(typed);
      if (result === 'passed') {
        await auth.refresh();
        back.finish('real-person-authenticated');
        return;
      }
      fail(t.verification.failed);
    } catch (caught) {
      fail(counterCodeProblem(caught, t));
    }
    setBusy(false);
  };

  return (
    <>
      <BackLink to={identityPaths.verification} state={back.state} />
      <ErrorSummary
        errors={error ? [{ fieldId: 'counter-code', message: error }] : []}
        attempt={attempt}
      />
      <h1 ref={heading} tabIndex={-1}>
        {t.verification.counterTitle}
      </h1>
      <form onSubmit={submit} noValidate>
        <TextField
          id="counter-code"
          label={t.verification.counterLabel}
          hint={t.verification.counterHint}
          error={error ?? undefined}
          value={code}
          onChange={setCode}
          autoComplete="one-time-code"
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t.verification.confirming : t.verification.counterSubmit}
        </button>
      </form>
    </>
  );
}
