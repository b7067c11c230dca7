import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { schemeNames } from '../../../../domain/schemes.ts';
import { toApiFailure, type ApiFailure } from '../../api/api-failure.ts';
import {
  applicationReference,
  completionNoticeUrl,
  getApplication,
  withdrawApplication,
  type TransferApplication,
} from '../../api/transfers.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { chinaDateTime } from '../../i18n/china-moment.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { SignedInOnly } from '../identity/SignedInOnly.tsx';
import { applicationPaths, applicationUrl } from './application-paths.ts';
import { StatusTag } from './MyApplicationsPage.tsx';
import { nextStepSentence } from './next-step.ts';
import { withdrawProblem } from './withdraw-problem.ts';

/**
 * One application: its status, next step with the deadline, timeline, what was applied for, and
 * withdrawal.
 */
export function ApplicationDetailPage() {
  const { id = '' } = useParams();
  return (
    <SignedInOnly returnTo={applicationUrl(id)}>{() => <ApplicationDetail id={id} />}</SignedInOnly>
  );
}

function ApplicationDetail({ id }: { id: string }) {
  const t = useT();
  const { state, retry } = useApi(`application:${id}`, (signal) => getApplication(id, signal));
  const [updated, setUpdated] = useState<TransferApplication | null>(null);
  const application = updated ?? (state.status === 'ok' ? state.data : null);
  const heading = usePageHeading(t.myApplications.detailTitle);
  return (
    <>
      <BackLink to={applicationPaths.mine} />
      <h1 ref={heading} tabIndex={-1}>
        {t.myApplications.detailTitle}
      </h1>
      {application ? (
        <Details application={application} onChanged={setUpdated} />
      ) : state.status === 'error' ? (
        <ApiProblem
          failure={state.failure}
          onRetry={retry}
          back={{ to: applicationPaths.mine, label: t.myApplications.back }}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}

function Details(props: {
  application: TransferApplication;
  onChanged: (application: TransferApplication) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const { application } = props;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [withdrawn, setWithdrawn] = useState(false);
  const scheme = schemeNames[application.scheme];
  const text = (texts: { zh: string; en: string }) => (language === 'zh-CN' ? texts.zh : texts.en);

  const withdraw = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      props.onChanged(await withdrawApplication(application.id, application.version));
      setWithdrawn(true);
      setConfirming(false);
    } catch (caught) {
      const found = toApiFailure(caught);
      setFailure(found);
      setConfirming(false);
      if (found.status === 409) {
        try {
          props.onChanged(await getApplication(application.id));
        } catch {
          // The message already says what happened; the page keeps what it showed.
        }
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {withdrawn && (
        <div className="notice" role="status">
          <p>{t.myApplications.withdrawn}</p>
        </div>
      )}
      {failure && (
        <div className="problem" role="alert">
          <h2 className="problem__title">{t.myApplications.withdrawFailed}</h2>
          <p>{withdrawProblem(failure, t, language)}</p>
        </div>
      )}
      <dl className="summary-list">
        <dt>{t.apply.reference}</dt>
        <dd>{applicationReference(application.id)}</dd>
        <dt>{t.myApplications.status}</dt>
        <dd>
          <StatusTag application={application} />
        </dd>
        <dt>{t.result.scheme}</dt>
        <dd>{text(scheme)}</dd>
      </dl>
      {application.nextStep && (
        <>
          <h2>{t.myApplications.nextStep}</h2>
          <p>{nextStepSentence(t, application.scheme, application.nextStep.action)}</p>
          <p>
            {(application.nextStep.deadlineProvisional
              ? t.myApplications.provisionalDeadline
              : t.myApplications.deadline)(formatDate(application.nextStep.deadlineOn, language))}
          </p>
          {application.nextStep.workingDaysLeft !== null && (
            <p>{t.myApplications.daysLeft(application.nextStep.workingDaysLeft)}</p>
          )}
          {application.nextStep.deadlineProvisional && (
            <p className="hint">{t.myApplications.provisionalExplained}</p>
          )}
        </>
      )}
      {application.status === 'completed' && (
        <>
          <h2>{t.myApplications.completionNotice}</h2>
          <p>
            <a href={completionNoticeUrl(application.id)} download>
              {t.myApplications.downloadCompletionNotice}
            </a>
          </p>
        </>
      )}
      <h2>{t.myApplications.timeline}</h2>
      <ol className="timeline">
        {application.timeline.map((entry) => (
          <li key={entry.seq} className="timeline__item">
            <strong>{text(entry.label)}</strong>
            <br />
            {text(entry.actor.label)} · {chinaDateTime(entry.at, language)}
            {/* A rejection always carries its reason and the agency's written explanation. */}
            {entry.reason && (
              <p>{t.myApplications.rejectionReason(text(entry.label), text(entry.reason))}</p>
            )}
            {entry.note && <p>{t.myApplications.rejectionNote(entry.note)}</p>}
          </li>
        ))}
      </ol>
      <h2>{t.myApplications.applied}</h2>
      <dl className="summary-list">
        <dt>{t.apply.from}</dt>
        <dd>{application.fromAgency?.name ?? application.fromRegion}</dd>
        <dt>{t.apply.to}</dt>
        <dd>{application.toAgency?.name ?? application.toRegion}</dd>
        <dt>{t.apply.phoneLabel}</dt>
        <dd>{application.contactPhone}</dd>
        <dt>{t.apply.addressLabel}</dt>
        <dd>{application.address}</dd>
        <dt>{t.apply.postCodeLabel}</dt>
        <dd>{application.postCode}</dd>
        {application.formerPersonalNumber && (
          <>
            <dt>{t.myApplications.formerNumber}</dt>
            <dd>{application.formerPersonalNumber}</dd>
          </>
        )}
        <dt>{t.myApplications.agent}</dt>
        <dd>
          {application.agent
            ? `${application.agent.name} ${application.agent.phone}`
            : t.apply.none}
        </dd>
      </dl>
      {application.status === 'submitted' &&
        (confirming ? (
          <div className="confirm-panel" role="group" aria-labelledby="withdraw-title">
            <h2 id="withdraw-title">{t.myApplications.withdrawTitle}</h2>
            <p>{t.myApplications.withdrawBody}</p>
            <ul className="actions">
              <li>
                <button
                  type="button"
                  className="button button--warning"
                  aria-disabled={busy || undefined}
                  onClick={() => void withdraw()}
                >
                  {t.myApplications.withdrawConfirm}
                </button>
              </li>
              <li>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setConfirming(false)}
                >
                  {t.myApplications.cancel}
                </button>
              </li>
            </ul>
          </div>
        ) : (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(true)}
            >
              {t.myApplications.withdraw}
            </button>
          </p>
        ))}
      <p>
        <Link to={applicationPaths.mine}>{t.myApplications.back}</Link>
      </p>
    </>
  );
}
