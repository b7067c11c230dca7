import { useEffect, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CitizenAccount } from '../../api/client.ts';
import { checkEligibility, type TransferApplication } from '../../api/transfers.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { identityPaths } from '../identity/identity-paths.ts';
import { identityStateFrom } from '../identity/identity-return.ts';
import { SignedInOnly } from '../identity/SignedInOnly.tsx';
import {
  journeyPaths,
  journeyUrl,
  parseRegionCode,
  parseScheme,
} from '../transfer-destination/journey.ts';
import { useApplicationDraft } from './application-draft.tsx';
import { applyUrl, type ApplyStep } from './application-paths.ts';
import { ApplicationForm } from './ApplicationForm.tsx';
import { CheckAnswers } from './CheckAnswers.tsx';
import { Confirmation } from './Confirmation.tsx';
import { IdentityDoneNotice } from './IdentityDoneNotice.tsx';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';

const steps: readonly ApplyStep[] = ['eligibility', 'form', 'check', 'done'];

/** 在线申请转移: eligibility, the form, check your answers and the confirmation. */
export function TransferApplicationPage() {
  const [params] = useSearchParams();
  const scheme = parseScheme(params.get('scheme'));
  const region = parseRegionCode(params.get('region'));
  const step = steps.find((s) => s === params.get('step')) ?? 'eligibility';
  const returnTo = scheme && region ? applyUrl(scheme, region) : journeyPaths.scheme;
  return (
    <SignedInOnly returnTo={returnTo}>
      {(account) =>
        scheme && region ? (
          <ApplicationJourney account={account} scheme={scheme} region={region} step={step} />
        ) : (
          <BadLink />
        )
      }
    </SignedInOnly>
  );
}

function BadLink() {
  const t = useT();
  const heading = usePageHeading(t.apply.eligibilityTitle);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.apply.eligibilityTitle}
      </h1>
      <div className="problem" role="alert">
        <p>{t.problems.badLink}</p>
        <Link to={journeyPaths.scheme}>{t.common.startAgain}</Link>
      </div>
    </>
  );
}

function ApplicationJourney(props: {
  account: CitizenAccount;
  scheme: InsuranceScheme;
  region: string;
  step: ApplyStep;
}) {
  const { account, scheme, region, step } = props;
  // The answers outlive this page (a detour to prove it is you), until the application is sent.
  const [draft, saveDraft] = useApplicationDraft(`${scheme}:${region}`);
  const answers = draft?.answers ?? null;
  const [submitted, setSubmitted] = useState<TransferApplication | null>(null);
  const confirmed = step === 'done' && submitted !== null;
  useEffect(() => {
    if (confirmed) saveDraft(null);
  }, [confirmed, saveDraft]);
  const { state, retry } = useApi(
    account.personBound ? `eligibility:${scheme}:${region}` : null,
    (signal) => checkEligibility(scheme, region, signal),
  );

  if (confirmed) return <Confirmation application={submitted} />;
  if (!account.personBound) return <EligibilityPage scheme={scheme} region={region} notBound />;
  if (state.status === 'error')
    return (
      <EligibilityPage scheme={scheme} region={region}>
        <ApiProblem failure={state.failure} onRetry={retry} />
      </EligibilityPage>
    );
  if (state.status !== 'ok') return <Loading />;
  const eligibility = state.data;
  const fromRegion = eligibility.prefill.fromRegion;
  if (step === 'eligibility' || !eligibility.eligible || !fromRegion)
    return (
      <EligibilityPage
        scheme={scheme}
        region={region}
        eligibility={eligibility}
        account={account}
      />
    );
  if (step === 'check' && draft)
    return (
      <CheckAnswers
        scheme={scheme}
        region={region}
        fromRegion={fromRegion}
        eligibility={eligibility}
        answers={draft.answers}
        idempotencyKey={draft.idempotencyKey}
        onSubmitted={setSubmitted}
      />
    );
  return (
    <ApplicationForm
      scheme={scheme}
      region={region}
      initial={
        answers ?? {
          contactPhone: '',
          address: '',
          postCode: '',
          formerPersonalNumber: eligibility.prefill.formerPersonalNumber ?? '',
          agentName: '',
          agentPhone: '',
        }
      }
      // A new key for each new set of answers; retrying the same answers reuses it.
      onAnswered={(given) => saveDraft({ answers: given, idempotencyKey: crypto.randomUUID() })}
    />
  );
}

function EligibilityPage(props: {
  scheme: InsuranceScheme;
  region: string;
  notBound?: boolean;
  eligibility?: Awaited<ReturnType<typeof checkEligibility>>;
  account?: CitizenAccount;
  children?: ReactNode;
}) {
  const t = useT();
  const { language } = useLanguage();
  const { eligibility, account } = props;
  const [drawnAt] = useState(() => Date.now());
  const authenticated =
    !!account?.realPersonAuthenticatedUntil &&
    Date.parse(account.realPersonAuthenticatedUntil) > drawnAt;
  const title = props.notBound
    ? t.apply.eligibilityTitle
    : eligibility
      ? eligibility.eligible
        ? t.apply.eligible
        : t.apply.notEligible
      : t.apply.eligibilityTitle;
  const heading = usePageHeading(title);
  // Binding and proving it is you come back here.
  const comeBack = identityStateFrom(applyUrl(props.scheme, props.region));
  return (
    <>
      <BackLink
        to={journeyUrl(journeyPaths.result, { scheme: props.scheme, region: props.region })}
      />
      <IdentityDoneNotice />
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {props.children}
      {props.notBound && (
        <>
          <p>{t.apply.notBound}</p>
          <p>
            <Link className="button" to={identityPaths.bind} state={comeBack}>
              {t.account.bindLink}
            </Link>
          </p>
          <p>{t.apply.backAfter}</p>
        </>
      )}
      {eligibility && !eligibility.eligible && (
        <>
          <p>{t.apply.reasonsIntro}</p>
          <ul className="list">
            {eligibility.reasons.map((reason) => (
              <li key={reason.code}>{language === 'zh-CN' ? reason.zh : reason.en}</li>
            ))}
          </ul>
          <h2>{t.apply.insteadHeading}</h2>
          <p>{t.apply.insteadBody}</p>
        </>
      )}
      {eligibility?.eligible && !authenticated && (
        <>
          <p>{t.apply.notAuthenticated}</p>
          <p>
            <Link className="button" to={identityPaths.verification} state={comeBack}>
              {t.account.verifyLink}
            </Link>
          </p>
          <p>{t.apply.backAfter}</p>
        </>
      )}
      {eligibility?.eligible && authenticated && (
        <>
          <p>{t.apply.eligibleBody}</p>
          <p>
            <Link className="button" to={applyUrl(props.scheme, props.region, 'form')}>
              {t.common.continue}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
