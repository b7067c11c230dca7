import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import { sendSignInCode } from '../../api/auth.ts';
import { phoneDigits } from '../../auth/phone.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useT } from '../../i18n/language-context.tsx';
import { SignInNoticeBanner } from './SignInNoticeBanner.tsx';
import { readPhonePageState, signInPaths, waitText, type CodePageState } from './sign-in-state.ts';

/** Sign-in, question 1: the mobile number the code is texted to. */
export function PhonePage() {
  const t = useT();
  const navigate = useNavigate();
  const { returnTo, notice } = readPhonePageState(useLocation().state);
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const heading = usePageHeading(t.signIn.title, error !== null);

  const fail = (message: string) => {
    setError(message);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (phone.trim() === '') {
      fail(t.signIn.phoneError);
      return;
    }
    setSending(true);
    try {
      const sent = await sendSignInCode(phone);
      const state: CodePageState = {
        phone: phoneDigits(phone) ?? phone.trim(),
        resendAt: Date.now() + sent.resendAfterSeconds * 1000,
        returnTo,
      };
      navigate(signInPaths.code, { state });
    } catch (caught) {
      const failure = toApiFailure(caught);
      if (failure.kind === 'network') fail(t.signIn.network);
      else if (failure.status === 429) fail(t.signIn.tooManyCodes(waitText(failure, t)));
      else if (failure.status === 503) fail(t.signIn.smsUnavailable);
      else if (failure.status === 400) fail(t.signIn.phoneError);
      else fail(t.problems.other);
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <ErrorSummary
        errors={error ? [{ fieldId: 'phone', message: error }] : []}
        attempt={attempt}
      />
      <h1 ref={heading} tabIndex={-1}>
        {t.signIn.title}
      </h1>
      {notice && <SignInNoticeBanner notice={notice} />}
      <form onSubmit={submit} noValidate>
        <TextField
          id="phone"
          label={t.signIn.phoneLabel}
          hint={t.signIn.phoneHint}
          error={error ?? undefined}
          value={phone}
          onChange={setPhone}
          inputMode="tel"
          autoComplete="tel-national"
          type="tel"
        />
        <button type="submit" className="button" aria-disabled={sending || undefined}>
          {sending ? t.signIn.sending : t.signIn.sendCode}
        </button>
      </form>
    </>
  );
}
