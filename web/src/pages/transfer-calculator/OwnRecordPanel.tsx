import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useLocation } from 'react-router';
import { toApiFailure, type ApiFailure } from '../../api/api-failure.ts';
import { getOwnCalculatorInput, type OwnCalculatorInput } from '../../api/calculator.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { identityPaths } from '../identity/identity-paths.ts';
import { identityStateFrom, readIdentityDone } from '../identity/identity-return.ts';
import { signInPaths, type PhonePageState } from '../sign-in/sign-in-state.ts';
import { calculatorPath, type CalculatorAnswers } from './calculator-answers.ts';
import { hasTypedAnswers } from './record-answers.ts';
import { recordNoticeId } from './RecordFilledNotice.tsx';
import { useCalculatorT } from './use-calculator-t.ts';

const headingId = `${recordNoticeId}-heading`;
const questionId = `${recordNoticeId}-question`;
const useButtonId = `${recordNoticeId}-use`;

/** Moves focus to the element with this id once React has drawn it. */
const focusNow = (id: string) => document.getElementById(id)?.focus();

/**
 * 使用我的参保记录: fills the form with the signed-in person's own recorded history. Someone not
 * signed in is offered sign-in, an account not bound to a person the binding, both of which
 * come back here; answers already typed are replaced only when the person says so.
 */
export function OwnRecordPanel(props: {
  answers: CalculatorAnswers;
  onFill: (record: OwnCalculatorInput) => void;
}) {
  const t = useCalculatorT().record;
  const auth = useAuth();
  const justBound = readIdentityDone(useLocation().state) === 'person-bound';
  const [step, setStep] = useState<'offer' | 'confirm' | 'loading'>('offer');
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  if (auth.status === 'checking') return null;

  const load = async () => {
    setStep('loading');
    setFailure(null);
    try {
      const record = await getOwnCalculatorInput();
      // The page then shows where the answers came from, in place of this panel: focus goes there.
      flushSync(() => props.onFill(record));
      focusNow(recordNoticeId);
    } catch (error) {
      setFailure(toApiFailure(error));
      setStep('offer');
    }
  };
  const use = () => {
    if (step === 'loading') return;
    if (!hasTypedAnswers(props.answers)) return void load();
    flushSync(() => setStep('confirm'));
    focusNow(questionId);
  };
  const keep = () => {
    flushSync(() => setStep('offer'));
    focusNow(useButtonId);
  };

  const notBound = !auth.account?.personBound || failure?.code === 'PERSON_NOT_BOUND';
  const signInState: PhonePageState = { returnTo: calculatorPath };
  return (
    <section className="status-panel status-panel--future" aria-labelledby={headingId}>
      <h2 className="status-panel__title" id={headingId}>
        {t.heading}
      </h2>
      {!auth.account ? (
        <>
          <p>{t.signedOut}</p>
          <p>
            <Link to={signInPaths.phone} state={signInState}>
              {t.signInLink}
            </Link>
          </p>
          <p>{t.kept}</p>
        </>
      ) : notBound ? (
        <>
          <p>{t.notBound}</p>
          <p>
            <Link to={identityPaths.bind} state={identityStateFrom(calculatorPath)}>
              {t.bindLink}
            </Link>
          </p>
          <p>{t.kept}</p>
        </>
      ) : step === 'confirm' ? (
        <div id={questionId} tabIndex={-1}>
          <p>
            <strong>{t.replaceQuestion}</strong>
          </p>
          <p>{t.replaceExplain}</p>
          <ul className="actions">
            <li>
              <button type="button" className="button" onClick={() => void load()}>
                {t.replace}
              </button>
            </li>
            <li>
              <button type="button" className="button button--secondary" onClick={keep}>
                {t.keep}
              </button>
            </li>
          </ul>
        </div>
      ) : (
        <>
          {justBound && <p className="notice">{t.bound}</p>}
          <p>{t.offer}</p>
          {failure && <ApiProblem failure={failure} onRetry={() => void load()} />}
          <p>
            <button
              type="button"
              className="button"
              id={useButtonId}
              aria-disabled={step === 'loading' || undefined}
              onClick={use}
            >
              {t.use}
            </button>
          </p>
          <p className="loading" role="status">
            {step === 'loading' ? t.loading : ''}
          </p>
        </>
      )}
    </section>
  );
}
