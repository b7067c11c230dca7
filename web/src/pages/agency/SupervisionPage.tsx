import { useState } from 'react';
import { Link } from 'react-router';
import { schemeNames } from '../../../../domain/schemes.ts';
import { applicationReference } from '../../../../domain/transfer/application-reference.ts';
import { getHandlingTimes, getOverdueCases, type HandlingTimes } from '../../api/agency.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { AgencyStaffOnly } from './AgencyStaffOnly.tsx';
import { caseUrl } from './agency-paths.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useAgencyT, useTexts } from './use-agency-t.ts';
import './agency.css';

const windows = [30, 90, 365] as const;
type Window = (typeof windows)[number];

/** 督办: a supervisor's view of the agency — every overdue case, and how long each step takes. */
export function SupervisionPage() {
  return <AgencyStaffOnly supervisorOnly>{() => <Supervision />}</AgencyStaffOnly>;
}

function Supervision() {
  const t = useAgencyT();
  const heading = usePageHeading(t.supervision.title);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.supervision.title}
      </h1>
      <p>{t.supervision.intro}</p>
      <OverdueCases />
      <StepHandlingTimes />
    </>
  );
}

function OverdueCases() {
  const t = useAgencyT();
  const text = useTexts();
  const { language } = useLanguage();
  const s = t.supervision;
  const c = s.columns;
  const { state, retry } = useApi('supervision-overdue', (signal) => getOverdueCases(signal));
  return (
    <section aria-labelledby="overdue-title">
      <h2 id="overdue-title">{s.overdue}</h2>
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : state.data.cases.length === 0 ? (
        <p>{s.noOverdue}</p>
      ) : (
        <table className="queue-table">
          <caption className="queue-table__caption">{s.overdueCaption(state.data.total)}</caption>
          <thead>
            <tr>
              <th scope="col">{c.reference}</th>
              <th scope="col">{c.scheme}</th>
              <th scope="col">{c.step}</th>
              <th scope="col">{c.stepWith}</th>
              <th scope="col">{c.deadline}</th>
              <th scope="col">{c.overdueBy}</th>
            </tr>
          </thead>
          <tbody>
            {state.data.cases.map((overdue) => {
              const step = s.steps[overdue.status as keyof typeof s.steps] as string | undefined;
              const otherRegion =
                overdue.stepWith === 'transfer-in' ? overdue.toRegion : overdue.fromRegion;
              return (
                <tr key={overdue.id} className="queue-row queue-row--overdue">
                  <th scope="row" data-label={c.reference}>
                    <Link to={caseUrl(overdue.id)}>{applicationReference(overdue.id)}</Link>
                  </th>
                  <td data-label={c.scheme}>{text(schemeNames[overdue.scheme])}</td>
                  <td data-label={c.step}>{step ?? overdue.status}</td>
                  <td data-label={c.stepWith}>
                    {overdue.stepIsOurs ? s.ours : s.other(otherRegion)}
                  </td>
                  <td data-label={c.deadline}>{formatDate(overdue.deadlineOn, language)}</td>
                  <td data-label={c.overdueBy}>
                    <strong className="deadline-flag deadline-flag--overdue">
                      <span aria-hidden="true" className="deadline-flag__mark">
                        !
                      </span>
                      {overdue.workingDaysOverdue === null
                        ? s.calendarDays(overdue.daysOverdue)
                        : t.deadline.overdueBy(overdue.workingDaysOverdue)}
                    </strong>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function StepHandlingTimes() {
  const t = useAgencyT();
  const s = t.supervision;
  const c = s.handlingColumns;
  const [days, setDays] = useState<Window>(90);
  const { state, retry } = useApi(`supervision-handling:${days}`, (signal) =>
    getHandlingTimes(days, signal),
  );
  const average = (value: number | null) =>
    value === null ? (
      <>
        <span aria-hidden="true">{s.noData}</span>
        <span className="visually-hidden">{s.noDataLabel}</span>
      </>
    ) : (
      value.toFixed(1)
    );
  return (
    <section aria-labelledby="handling-title">
      <h2 id="handling-title">{s.handlingTimes}</h2>
      <SelectField
        id="handling-window"
        compact
        label={s.window}
        options={windows.map((w) => ({ value: String(w), label: s.windows[w] }))}
        value={String(days)}
        onChange={(value) => setDays(Number(value) as Window)}
      />
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : (
        <table className="data-table">
          <caption className="queue-table__caption">{s.handlingCaption(days)}</caption>
          <thead>
            <tr>
              <th scope="col">{c.step}</th>
              <th scope="col">{c.count}</th>
              <th scope="col">{c.workingDays}</th>
              <th scope="col">{c.hours}</th>
            </tr>
          </thead>
          <tbody>
            {state.data.steps.map((step: HandlingTimes['steps'][number]) => (
              <tr key={step.step}>
                <th scope="row" data-label={c.step}>
                  {s.handlingSteps[step.step]}
                </th>
                <td data-label={c.count}>{step.count}</td>
                <td data-label={c.workingDays}>{average(step.averageWorkingDays)}</td>
                <td data-label={c.hours}>{average(step.averageHours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
