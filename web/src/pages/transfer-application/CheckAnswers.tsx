import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { schemeNames, type InsuranceScheme } from '../../../../domain/schemes.ts';
import { toApiFailure, type ApiFailure } from '../../api/api-failure.ts';
import {
  submitApplication,
  type TransferApplication,
  type TransferEligibility,
} from '../../api/transfers.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import type { Messages } from '../../i18n/messages.zh-CN.ts';
import type { Language } from '../../i18n/language.ts';
import { identityPaths } from '../identity/identity-paths.ts';
import { identityStateFrom } from '../identity/identity-return.ts';
import {
  applicationPaths,
  applyUrl,
  compactDigits,
  type ApplicationAnswers,
} from './application-paths.ts';
import { IdentityDoneNotice } from './IdentityDoneNotice.tsx';

function failureText(failure: ApiFailure, t: Messages, language: Language): string {
  if (failure.kind === 'network') return t.problems.network;
  if (failure.code === 'REAL_PERSON_AUTHENTICATION_REQUIRED') return t.apply.authenticationLapsed;
  if (failure.code === 'OPEN_APPLICATION_EXISTS') return t.apply.alreadyOpen;
  if (failure.code === 'NOT_ELIGIBLE') {
    const reasons = failure.details.reasons;
    if (Array.isArray(reasons))
      return reasons
        .map((r: { zh?: string; en?: string }) => (language === 'zh-CN' ? r.zh : r.en))
        .filter(Boolean)
        .join(' ');
  }
  if (failure.messages) return language === 'zh-CN' ? failure.messages.zh : failure.messages.en;
  return t.problems.other;
}

/**
 * Check your answers, with a Change link for each, then submit once. A refusal keeps the answers
 * on the page; proving it is you again comes back here.
 */
export function CheckAnswers(props: {
  scheme: InsuranceScheme;
  region: string;
  fromRegion: string;
  eligibility: TransferEligibility;
  answers: ApplicationAnswers;
  idempotencyKey: string;
  onSubmitted: (application: TransferApplication) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const heading = usePageHeading(t.apply.checkTitle);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const { answers, eligibility } = props;
  const formUrl = applyUrl(props.scheme, props.region, 'form');
  const scheme = schemeNames[props.scheme];
  const agentName = answers.agentName.trim();
  const former = answers.formerPersonalNumber.trim();

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const application = await submitApplication(
        {
          scheme: props.scheme,
          destinationRegion: props.region,
          fromRegion: props.fromRegion,
          ...(former ? { formerPersonalNumber: former } : {}),
          contactPhone: compactDigits(answers.contactPhone),
          address: answers.address.trim(),
          postCode: answers.postCode.trim(),
          ...(agentName
            ? { agent: { name: agentName, phone: compactDigits(answers.agentPhone) } }
            : {}),
        },
        props.idempotencyKey,
      );
      props.onSubmitted(application);
      navigate(applyUrl(props.scheme, props.region, 'done'), { replace: true });
    } catch (caught) {
      setFailure(toApiFailure(caught));
      setBusy(false);
    }
  };

  const rows: { label: string; value: string; field?: string }[] = [
    { label: t.result.scheme, value: language === 'zh-CN' ? scheme.zh : scheme.en },
    { label: t.apply.from, value: eligibility.prefill.fromAgency?.name ?? props.fromRegion },
    { label: t.apply.to, value: eligibility.prefill.toAgency?.name ?? props.region },
    {
      label: t.apply.phoneLabel,
      value: compactDigits(answers.contactPhone),
      field: 'contact-phone',
    },
    { label: t.apply.addressLabel, value: answers.address.trim(), field: 'address' },
    { label: t.apply.postCodeLabel, value: answers.postCode.trim(), field: 'post-code' },
    { label: t.apply.formerLabel, value: former || t.apply.none, field: 'former-number' },
    {
      label: t.apply.agentLegend,
      value: agentName ? `${agentName} ${compactDigits(answers.agentPhone)}` : t.apply.none,
      field: 'agent-name',
    },
  ];

  return (
    <>
      <BackLink to={formUrl} />
      <IdentityDoneNotice />
      <h1 ref={heading} tabIndex={-1}>
        {t.apply.checkTitle}
      </h1>
      <dl className="summary-list check-answers">
        {rows.map((row) => (
          <div key={row.label} className="check-answers__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
            {row.field && (
              <dd>
                <Link to={`${formUrl}#${row.field}`}>
                  {t.apply.change}
                  <span className="visually-hidden"> {row.label}</span>
                </Link>
              </dd>
            )}
          </div>
        ))}
      </dl>
      {failure && (
        <div className="problem" role="alert">
          <h2 className="problem__title">{t.apply.submitFailed}</h2>
          <p>{failureText(failure, t, language)}</p>
          {failure.code === 'REAL_PERSON_AUTHENTICATION_REQUIRED' && (
            <Link
              to={identityPaths.verification}
              state={identityStateFrom(applyUrl(props.scheme, props.region, 'check'))}
            >
              {t.account.verifyLink}
            </Link>
          )}
          {failure.code === 'OPEN_APPLICATION_EXISTS' && (
            <Link to={applicationPaths.mine}>{t.apply.trackLink}</Link>
          )}
        </div>
      )}
      <button
        type="button"
        className="button"
        aria-disabled={busy || undefined}
        onClick={() => void submit()}
      >
        {busy ? t.apply.submitting : t.apply.submit}
      </button>
    </>
  );
}
