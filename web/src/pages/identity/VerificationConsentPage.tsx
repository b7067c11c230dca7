import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import { startVerification, type VerificationMethod } from '../../api/identity.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { RadioGroup, radioId } from '../../components/RadioGroup.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useT } from '../../i18n/language-context.tsx';
import type { Messages } from '../../i18n/messages.zh-CN.ts';
import { waitText } from '../sign-in/sign-in-state.ts';
import { identityPaths, VERIFICATION_NOTICE_VERSION } from './identity-paths.ts';
import { useIdentityReturn } from './identity-return.ts';
import { SignedInOnly } from './SignedInOnly.tsx';

/**
 * 实人认证, step 1: the notice in plain words, consent, and the choice of a face check or a counter
 * code — both offered alike, so that nobody has to show their face to use the service.
 */
export function VerificationConsentPage() {
  // Binding first keeps the way back to the page that sent the person here.
  const { state } = useIdentityReturn();
  return (
    <SignedInOnly returnTo={identityPaths.verification}>
      {(account) =>
        account.personBound ? (
          <ConsentForm />
        ) : (
          <Navigate to={identityPaths.bind} replace state={state} />
        )
      }
    </SignedInOnly>
  );
}

const methodField = radioId('method', 'face');

function startProblem(caught: unknown, t: Messages): FieldError {
  const failure = toApiFailure(caught);
  if (failure.kind === 'network') return { fieldId: methodField, message: t.signIn.network };
  if (failure.code === 'CONSENT_REQUIRED')
    return { fieldId: 'consent', message: t.verification.consentError };
  if (failure.code === 'PERSON_NOT_BOUND')
    return { fieldId: methodField, message: t.verification.notBound };
  if (failure.code === 'VERIFICATION_UNAVAILABLE')
    return { fieldId: radioId('method', 'counter-code'), message: t.verification.unavailable };
  if (failure.status === 429)
    return { fieldId: methodField, message: t.signIn.tooMany(waitText(failure, t)) };
  return { fieldId: methodField, message: t.problems.other };
}

function ConsentForm() {
  const t = useT();
  const navigate = useNavigate();
  const back = useIdentityReturn();
  const [consent, setConsent] = useState(false);
  const [method, setMethod] = useState<VerificationMethod | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = usePageHeading(t.verification.title, errors.length > 0);

  const fail = (found: FieldError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const consentError = errors.find((error) => error.fieldId === 'consent')?.message;
  const methodError = errors.find((error) => error.fieldId.startsWith('method-'))?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    if (!consent) found.push({ fieldId: 'consent', message: t.verification.consentError });
    if (!method) found.push({ fieldId: methodField, message: t.verification.methodError });
    if (found.length > 0 || !method) {
      fail(found);
      return;
    }
    setBusy(true);
    try {
      const started = await startVerification(method, VERIFICATION_NOTICE_VERSION);
      if (started.next === 'provider' && started.redirectUrl) {
        // The provider's own pages take the face check, then send the citizen back here.
        window.location.assign(started.redirectUrl);
        return;
      }
      navigate(
        started.next === 'counter-code' ? identityPaths.counterCode : identityPaths.developmentFace,
        { state: back.state },
      );
    } catch (caught) {
      fail([startProblem(caught, t)]);
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink to={back.returnTo} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {t.verification.title}
      </h1>
      <p className="lead">{t.verification.intro}</p>
      <section aria-labelledby="notice-heading">
        <h2 id="notice-heading">{t.verification.noticeHeading}</h2>
        <ul>
          <li>{t.verification.whatChecked}</li>
          <li>{t.verification.counterChecked}</li>
          <li>{t.verification.notKept}</li>
          <li>{t.verification.validity}</li>
        </ul>
        <p className="hint">{t.verification.noticeVersion(VERIFICATION_NOTICE_VERSION)}</p>
      </section>
      <form onSubmit={submit} noValidate>
        <Checkbox
          id="consent"
          label={t.verification.consentLabel}
          error={consentError}
          checked={consent}
          onChange={setConsent}
        />
        <RadioGroup
          name="method"
          legend={t.verification.methodLegend}
          hint={t.verification.methodHint}
          {...(methodError ? { error: methodError } : {})}
          options={[
            { value: 'face', label: t.verification.methodFace },
            { value: 'counter-code', label: t.verification.methodCounter },
          ]}
          value={method}
          onChange={(value) => setMethod(value === 'counter-code' ? 'counter-code' : 'face')}
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t.verification.starting : t.common.continue}
        </button>
      </form>
    </>
  );
}
