import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { getCardTaskQueue } from '../../api/agency-cards.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { AgencyStaffOnly } from '../agency/AgencyStaffOnly.tsx';
import {
  cardQueueUrl,
  cardTaskKinds,
  parseCardQueueSearch,
  type CardQueueSearch,
} from './agency-cards-paths.ts';
import { CardsSectionNav } from './CardsSectionNav.tsx';
import { CardTaskTable } from './CardTaskTable.tsx';
import { useAgencyCardsT } from './use-agency-cards-t.ts';
import '../agency/agency.css';
import './agency-cards.css';

const PAGE_SIZE = 20;

/** 社保卡待办任务: the agency's open card tasks, by age, filtered by kind, paged from its address. */
export function CardTaskQueuePage() {
  return <AgencyStaffOnly>{() => <CardTaskQueue />}</AgencyStaffOnly>;
}

function CardTaskQueue() {
  const t = useAgencyCardsT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const search = parseCardQueueSearch(params);
  const heading = usePageHeading(t.queue.title);
  const { state, retry } = useApi(`card-tasks${cardQueueUrl(search)}#${location.key}`, (signal) =>
    getCardTaskQueue(
      {
        order: search.order,
        limit: PAGE_SIZE,
        ...(search.kind && { kind: search.kind }),
        ...(search.cursor && { cursor: search.cursor }),
      },
      signal,
    ),
  );
  const go = (next: Partial<CardQueueSearch>) =>
    void navigate(cardQueueUrl({ ...search, cursor: null, ...next }));

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.queue.title}
      </h1>
      <CardsSectionNav />
      <p className="hint">{t.queue.hint}</p>
      <KindLinks current={search} />
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : state.data.rows.length === 0 && !search.cursor ? (
        <p className="queue-empty">{search.kind ? t.queue.noneOfKind : t.queue.none}</p>
      ) : (
        <>
          <CardTaskTable
            caption={`${t.queue.caption(state.data.total)} · ${t.queue.sortedBy(
              search.order === 'oldest' ? t.queue.oldestFirst : t.queue.newestFirst,
            )}`}
            rows={state.data.rows}
            order={search.order}
            onOrder={(order) => go({ order })}
          />
          {(search.cursor || state.data.nextCursor) && (
            <nav className="queue-paging" aria-label={t.queue.paging}>
              <ul className="actions">
                {search.cursor && (
                  <li>
                    <Link to={cardQueueUrl({ ...search, cursor: null })}>{t.queue.firstPage}</Link>
                  </li>
                )}
                {state.data.nextCursor && (
                  <li>
                    <Link to={cardQueueUrl({ ...search, cursor: state.data.nextCursor })}>
                      {t.queue.nextPage}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </>
      )}
    </>
  );
}

/** The kinds of task as links; the current one marked for screen readers and by its style. */
function KindLinks({ current }: { current: CardQueueSearch }) {
  const t = useAgencyCardsT();
  const kinds = [null, ...cardTaskKinds] as const;
  return (
    <nav aria-label={t.queue.kinds} className="card-kinds">
      <ul className="card-kinds__list">
        {kinds.map((kind) => (
          <li key={kind ?? 'all'}>
            <Link
              to={cardQueueUrl({ ...current, kind, cursor: null })}
              aria-current={current.kind === kind ? 'page' : undefined}
            >
              {kind ? t.queue.kindNames[kind] : t.queue.allKinds}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
