import { Link } from 'react-router';
import { useAuth } from '../../auth/auth-context.tsx';
import { schemeNames } from '../../../../domain/schemes.ts';
import {
  applicationReference,
  listApplications,
  type TransferApplication,
} from '../../api/transfers.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { chinaDate } from '../../i18n/china-moment.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { SignedInOnly } from '../identity/SignedInOnly.tsx';
import { identityPaths } from '../identity/identity-paths.ts';
import { identityStateFrom } from '../identity/identity-return.ts';
import { journeyPaths } from '../transfer-destination/journey.ts';
import { applicationPaths, applicationUrl } from './application-paths.ts';

/** The tag of a status: submitted and in review stand out; finished ones are quiet. */
export function StatusTag({ application }: { application: TransferApplication }) {
  const { language } = useLanguage();
  const open = !['withdrawn', 'rejected', 'completed'].includes(application.status);
  return (
    <strong className={open ? 'tag' : 'tag tag--notice'}>
      {language === 'zh-CN' ? application.statusLabel.zh : application.statusLabel.en}
    </strong>
  );
}

/**
 * 我的申请: every transfer application of the signed-in person, newest first, each with its status
 * and, while open, the legal deadline of its next step; with none, where to start one; before the
 * account is bound to a person, the way to bind it (and back here).
 */
export function MyApplicationsPage() {
  return <SignedInOnly returnTo={applicationPaths.mine}>{() => <ApplicationList />}</SignedInOnly>;
}

function ApplicationList() {
  const t = useT();
  const auth = useAuth();
  const heading = usePageHeading(t.myApplications.title);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.myApplications.title}
      </h1>
      {/* An account not bound to a person has no applications to ask for. */}
      {auth.account?.personBound === false ? <NotBound /> : <BoundApplications />}
    </>
  );
}

function NotBound() {
  const t = useT();
  return (
    <>
      <p>{t.myApplications.notBound}</p>
      <p>
        <Link to={identityPaths.bind} state={identityStateFrom(applicationPaths.mine)}>
          {t.myApplications.bindLink}
        </Link>
      </p>
    </>
  );
}

function BoundApplications() {
  const t = useT();
  const { language } = useLanguage();
  const { state, retry } = useApi('my-applications', (signal) => listApplications(signal));
  // The account as the page knew it may be older than this answer.
  if (state.status === 'error' && state.failure.code === 'PERSON_NOT_BOUND') return <NotBound />;
  if (state.status === 'error') return <ApiProblem failure={state.failure} onRetry={retry} />;
  if (state.status !== 'ok') return <Loading />;
  if (state.data.length === 0)
    return (
      <>
        <p>{t.myApplications.none}</p>
        <p>
          <Link to={journeyPaths.scheme}>{t.myApplications.start}</Link>
        </p>
      </>
    );
  return (
    <ul className="application-list">
      {state.data.map((application) => {
        const scheme = schemeNames[application.scheme];
        const reference = applicationReference(application.id);
        const { nextStep } = application;
        return (
          <li key={application.id} className="application-list__item">
            <h2 className="application-list__title">
              <Link to={applicationUrl(application.id)}>{t.myApplications.view(reference)}</Link>
            </h2>
            <p>
              <StatusTag application={application} />
            </p>
            <p>
              {language === 'zh-CN' ? scheme.zh : scheme.en} ·{' '}
              {t.myApplications.submittedOn(chinaDate(application.submittedAt, language))}
            </p>
            <p>{t.myApplications.goingTo(application.toAgency?.name ?? application.toRegion)}</p>
            {nextStep && (
              <p>
                {t.myApplications.nextDeadline(
                  formatDate(nextStep.deadlineOn, language),
                  nextStep.workingDaysLeft,
                  nextStep.deadlineProvisional,
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
