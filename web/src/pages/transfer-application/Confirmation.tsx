import { Link } from 'react-router';
import { applicationReference, type TransferApplication } from '../../api/transfers.ts';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { applicationPaths, applicationUrl } from './application-paths.ts';
import { nextStepSentence } from './next-step.ts';

/** 申请已提交: the reference to quote and what happens next. */
export function Confirmation({ application }: { application: TransferApplication }) {
  const t = useT();
  const { language } = useLanguage();
  const heading = usePageHeading(t.apply.confirmationTitle);
  const reference = applicationReference(application.id);
  return (
    <>
      <div className="status-panel status-panel--open">
        <h1 ref={heading} tabIndex={-1}>
          {t.apply.confirmationTitle}
        </h1>
        <p>
          {t.apply.reference}
          <br />
          <strong className="reference">{reference}</strong>
        </p>
      </div>
      <h2>{t.apply.whatNext}</h2>
      <p>{nextStepSentence(t, application.scheme, 'submitted')}</p>
      {application.nextStep && (
        <>
          <p>
            {(application.nextStep.deadlineProvisional
              ? t.apply.provisionalDeadline
              : t.apply.deadline)(formatDate(application.nextStep.deadlineOn, language))}
          </p>
          {application.nextStep.deadlineProvisional && (
            <p className="hint">{t.myApplications.provisionalExplained}</p>
          )}
        </>
      )}
      <ul className="actions">
        <li>
          <Link to={applicationUrl(application.id)}>{t.myApplications.view(reference)}</Link>
        </li>
        <li>
          <Link to={applicationPaths.mine}>{t.apply.trackLink}</Link>
        </li>
      </ul>
    </>
  );
}
