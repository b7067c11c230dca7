import { Link } from 'react-router';
import { agencyQueues, queueUrl, type AgencyQueueName } from './agency-paths.ts';
import { useAgencyT } from './use-agency-t.ts';

/**
 * The three work queues as links, each with how many cases it holds; the current one is marked
 * for screen readers (`aria-current`) and on screen by a thick underline, not by colour alone.
 */
export function QueueTabs(props: {
  current: AgencyQueueName;
  counts: Partial<Record<AgencyQueueName, number>>;
}) {
  const t = useAgencyT();
  return (
    <nav aria-label={t.queues.tabsLabel}>
      <ul className="queue-tabs">
        {agencyQueues.map((queue) => {
          const count = props.counts[queue];
          return (
            <li key={queue} className="queue-tabs__item">
              <Link
                className="queue-tabs__link"
                to={queueUrl(queue)}
                aria-current={queue === props.current ? 'page' : undefined}
              >
                {t.queues.tabs[queue]}{' '}
                <span className="queue-tabs__count">
                  {count === undefined ? '' : t.queues.count(count)}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
