import { getCalendarYears } from '../../api/calendar.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { calendarRows, nextYearToLoad } from './calendar-rows.ts';
import { formatChinaMoment } from './format-moment.ts';
import { useAdminT } from './use-admin-t.ts';

/**
 * The holiday arrangements the working-day deadlines are counted with (DECISIONS 39), shown to
 * the administrator of the deadline parameters: which years are known and where from, and from
 * which day deadlines stay provisional until the next year's arrangement is loaded. Loading is an
 * operator's command (OPERATIONS.md), so the page only says how.
 */
export function HolidayCalendar() {
  const c = useAdminT().calendar;
  const { language } = useLanguage();
  const { state, retry } = useApi('calendar-years', getCalendarYears);
  return (
    <section aria-labelledby="holiday-calendar">
      <h2 id="holiday-calendar">{c.title}</h2>
      <p>{c.intro}</p>
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : (
        <>
          <div className="admin-table-wrap">
            <table className="admin-table admin-table--stack">
              <caption>{c.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.years}</th>
                  <th scope="col">{c.source}</th>
                  <th scope="col">{c.notice}</th>
                </tr>
              </thead>
              <tbody>
                {calendarRows(state.data.years).map((row) =>
                  row.source === 'package' ? (
                    <tr key={`package-${row.from}`}>
                      <th scope="row">
                        {row.from === row.to ? row.from : `${row.from}–${row.to}`}
                      </th>
                      <td data-label={c.source}>{c.fromPackage}</td>
                      <td data-label={c.notice}>{c.none}</td>
                    </tr>
                  ) : (
                    <tr key={`loaded-${row.year}`}>
                      <th scope="row">{row.year}</th>
                      <td data-label={c.source}>
                        {row.loadedAt
                          ? c.loadedAt(formatChinaMoment(row.loadedAt, language))
                          : c.loaded}
                      </td>
                      <td data-label={c.notice} lang={row.notice ? 'zh-CN' : undefined}>
                        {row.notice ?? c.none}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
          <p>
            {c.provisional(
              formatDate(state.data.provisionalFrom, language),
              nextYearToLoad(state.data.years),
            )}
          </p>
          <p className="hint">
            {c.howToLoad} <code>npx shebao calendar load</code>
          </p>
        </>
      )}
    </section>
  );
}
