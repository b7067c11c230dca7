import { NavLink } from 'react-router';
import { agencyCardsPaths } from './agency-cards-paths.ts';
import { useAgencyCardsT } from './use-agency-cards-t.ts';

/** The card pages' own two places: the task queue and the counter lookup. */
export function CardsSectionNav() {
  const t = useAgencyCardsT();
  return (
    <nav aria-label={t.sections.label}>
      <ul className="queue-tabs">
        <li className="queue-tabs__item">
          <NavLink className="queue-tabs__link" to={agencyCardsPaths.queue} end>
            {t.sections.queue}
          </NavLink>
        </li>
        <li className="queue-tabs__item">
          <NavLink className="queue-tabs__link" to={agencyCardsPaths.lookup}>
            {t.sections.lookup}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
