import { Link } from 'react-router';
import { schemeNames } from '../../../../domain/schemes.ts';
import type { AgencyQueueRow, AgencyRegion } from '../../api/agency.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { chinaDate } from '../../i18n/china-moment.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { caseUrl } from './agency-paths.ts';
import { DeadlineStanding } from './DeadlineStanding.tsx';
import type { QueueSearch, QueueSort } from './queue-search.ts';
import { useAgencyT, useTexts } from './use-agency-t.ts';

type SortColumn = 'deadline' | 'submitted';

/**
 * A region with its agency: the agency's name is what staff recognise; the region is the key.
 * Place names are Chinese on every page, and say so to screen readers.
 */
export function RegionName({ region }: { region: AgencyRegion }) {
  return (
    <span className="region-name" lang="zh-CN">
      {region.name}
      {region.agencyName && <span className="region-agency">{region.agencyName}</span>}
    </span>
  );
}

/**
 * A queue as a dense table: one row per case, the reference linking to the case page, the
 * deadline columns sortable from their headers. Below 40rem each row becomes a block of labelled
 * lines (agency.css), so that the page reflows at 320 px without sideways scrolling.
 */
export function QueueTable(props: {
  caption: string;
  rows: AgencyQueueRow[];
  search: QueueSearch;
  onSort: (sort: QueueSort) => void;
}) {
  const t = useAgencyT();
  const text = useTexts();
  const { language } = useLanguage();
  const c = t.queues.columns;
  const [sortColumn, direction] = props.search.sort.split('-') as [SortColumn, 'asc' | 'desc'];
  const sortable = (column: SortColumn, label: string) => {
    const current = sortColumn === column;
    const next: QueueSort = `${column}-${current && direction === 'asc' ? 'desc' : 'asc'}`;
    return (
      <th
        scope="col"
        aria-sort={current ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button type="button" className="sort-button" onClick={() => props.onSort(next)}>
          {label}
          <span className="visually-hidden">
            {current && (direction === 'asc' ? t.queues.ascending : t.queues.descending)}
          </span>
          <span aria-hidden="true" className="sort-button__arrow">
            {current ? (direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <table className="queue-table">
      <caption className="queue-table__caption">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.reference}</th>
          <th scope="col">{c.applicant}</th>
          <th scope="col">{c.scheme}</th>
          <th scope="col">{c.from}</th>
          <th scope="col">{c.to}</th>
          {sortable('submitted', c.submitted)}
          {sortable('deadline', c.deadline)}
          <th scope="col">{c.standing}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id} className={row.overdue ? 'queue-row queue-row--overdue' : 'queue-row'}>
            <th scope="row" data-label={c.reference}>
              <Link to={caseUrl(row.id)} className="queue-row__link">
                {row.reference}
              </Link>
            </th>
            <td data-label={c.applicant}>{row.applicantName}</td>
            <td data-label={c.scheme}>{text(schemeNames[row.scheme])}</td>
            <td data-label={c.from}>
              <RegionName region={row.fromRegion} />
            </td>
            <td data-label={c.to}>
              <RegionName region={row.toRegion} />
            </td>
            <td data-label={c.submitted} className="nowrap">
              {chinaDate(row.submittedAt, language)}
            </td>
            <td data-label={c.deadline} className="nowrap">
              {row.nextDeadlineOn ? formatDate(row.nextDeadlineOn, language) : t.deadline.none}
              {row.nextDeadlineOn && row.deadlineProvisional && t.deadline.provisional}
            </td>
            <td data-label={c.standing}>
              <DeadlineStanding
                state={row.deadlineState}
                workingDaysLeft={row.workingDaysLeft}
                deadlineOn={row.nextDeadlineOn}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
