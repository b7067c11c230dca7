import { Link } from 'react-router';
import type { CardTaskRow } from '../../api/agency-cards.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { chinaDate } from '../../i18n/china-moment.ts';
import { useTexts } from '../agency/use-agency-t.ts';
import { agencyCardUrl } from './agency-cards-paths.ts';
import { useAgencyCardsT } from './use-agency-cards-t.ts';

/**
 * The open card tasks as a dense table, one row per task linking to its card's page; the age
 * column sorts from its header. Below 40rem each row becomes a block of labelled lines
 * (agency.css), so that the page reflows at 320 px.
 */
export function CardTaskTable(props: {
  caption: string;
  rows: CardTaskRow[];
  order: 'oldest' | 'newest';
  onOrder: (order: 'oldest' | 'newest') => void;
}) {
  const t = useAgencyCardsT();
  const text = useTexts();
  const { language } = useLanguage();
  const c = t.queue.columns;
  const oldest = props.order === 'oldest';
  return (
    <table className="queue-table">
      <caption className="queue-table__caption">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.task}</th>
          <th scope="col">{c.holder}</th>
          <th scope="col">{c.card}</th>
          <th scope="col">{c.status}</th>
          <th scope="col" aria-sort={oldest ? 'ascending' : 'descending'}>
            <button
              type="button"
              className="sort-button"
              onClick={() => props.onOrder(oldest ? 'newest' : 'oldest')}
            >
              {c.requested}
              <span className="visually-hidden">
                {t.queue.sortedBy(oldest ? t.queue.oldestFirst : t.queue.newestFirst)}
              </span>
              <span aria-hidden="true" className="sort-button__arrow">
                {oldest ? '▲' : '▼'}
              </span>
            </button>
          </th>
          <th scope="col">{c.waiting}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => {
          const task = row.reason
            ? t.queue.taskWithReason(text(row.label), text(row.reason))
            : text(row.label);
          return (
            <tr key={row.id} className="queue-row">
              <th scope="row" data-label={c.task}>
                <Link
                  to={agencyCardUrl({ personId: row.card.personId, cardId: row.card.id })}
                  className="queue-row__link"
                >
                  {task}
                  <span className="visually-hidden">{t.queue.ofCard(row.card.cardNumber)}</span>
                </Link>
              </th>
              <td data-label={c.holder}>{row.holderName}</td>
              <td data-label={c.card} className="nowrap">
                {row.card.cardNumber}
              </td>
              <td data-label={c.status}>{text(row.card.statusLabel)}</td>
              <td data-label={c.requested} className="nowrap">
                {chinaDate(row.requestedAt, language)}
              </td>
              <td data-label={c.waiting} className="nowrap">
                {t.queue.days(row.daysWaiting)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
