import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { getQueue } from '../../api/agency.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { AgencyStaffOnly } from './AgencyStaffOnly.tsx';
import { agencyPaths, agencyQueues, type AgencyQueueName } from './agency-paths.ts';
import { QueueFilters } from './QueueFilters.tsx';
import { QueueTabs } from './QueueTabs.tsx';
import {
  firstPage,
  parseQueueSearch,
  queueQuery,
  queueSearchString,
  type QueueSearch,
} from './queue-search.ts';
import { QueueTable } from './QueueTable.tsx';
import { useAgencyT } from './use-agency-t.ts';
import './agency.css';

const PAGE_SIZE = 20;

const queueLink = (search: QueueSearch) => ({
  pathname: agencyPaths.queues,
  search: queueSearchString(search),
});

/** 工作队列: the agency's three work queues, each filtered, sorted and paged from its address. */
export function WorkQueuesPage() {
  return <AgencyStaffOnly>{() => <WorkQueues />}</AgencyStaffOnly>;
}

/** How many cases each queue holds, unfiltered, asked again whenever the page is. */
function useQueueCounts(refresh: string): Partial<Record<AgencyQueueName, number>> {
  const { state } = useApi(`queue-counts:${refresh}`, async (signal) => {
    const pages = await Promise.all(
      agencyQueues.map((queue) => getQueue(queue, { limit: 1 }, signal)),
    );
    return Object.fromEntries(pages.map((page) => [page.queue, page.total]));
  });
  return state.status === 'ok' ? state.data : {};
}

function WorkQueues() {
  const t = useAgencyT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const search = parseQueueSearch(params);
  const address = queueSearchString(search);
  const tabName = t.queues.tabs[search.queue];
  const heading = usePageHeading(t.queues.documentTitle(tabName));
  const counts = useQueueCounts(location.key);
  const { state, retry } = useApi(`queue${address}#${location.key}`, (signal) =>
    getQueue(search.queue, queueQuery(search, PAGE_SIZE), signal),
  );
  const go = (next: QueueSearch) => void navigate(queueLink(next));
  const filtered = search.scheme !== null || search.deadline !== null || search.reference !== '';

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.queues.title}
      </h1>
      <QueueTabs current={search.queue} counts={counts} />
      <p className="hint">{t.queues.tabHints[search.queue]}</p>
      <QueueFilters key={address} search={search} onApply={go} />
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : state.data.rows.length === 0 && search.page === 1 ? (
        <p className="queue-empty">{filtered ? t.queues.noneFiltered : t.queues.none}</p>
      ) : (
        <>
          <QueueTable
            caption={`${t.queues.caption(tabName, state.data.total)} · ${t.queues.page(search.page)} · ${t.queues.sortedBy(t.queues.sorts[search.sort])}`}
            rows={state.data.rows}
            search={search}
            onSort={(sort) => go(firstPage({ ...search, sort }))}
          />
          {(search.page > 1 || state.data.nextCursor) && (
            <nav className="queue-paging" aria-label={t.queues.page(search.page)}>
              <ul className="actions">
                {search.page > 1 && (
                  <li>
                    <Link to={queueLink(firstPage(search))}>{t.queues.firstPage}</Link>
                  </li>
                )}
                {state.data.nextCursor && (
                  <li>
                    <Link
                      to={queueLink({
                        ...search,
                        cursor: state.data.nextCursor,
                        page: search.page + 1,
                      })}
                    >
                      {t.queues.nextPage}
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
