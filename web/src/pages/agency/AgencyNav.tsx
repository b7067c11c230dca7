import { NavLink } from 'react-router';
import type { AgencyStaff } from './AgencyStaffOnly.tsx';
import { agencyPaths } from './agency-paths.ts';
import { useAgencyT } from './use-agency-t.ts';
import { agencyCardsPaths } from '../agency-cards/agency-cards-paths.ts';
import { useAgencyCardsT } from '../agency-cards/use-agency-cards-t.ts';

/** The back office's own links, under the staff header (which names who is signed in), and their agency. */
export function AgencyNav({ staff }: { staff: AgencyStaff }) {
  const t = useAgencyT();
  const cardsT = useAgencyCardsT();
  return (
    <div className="agency-bar">
      <nav aria-label={t.nav.label}>
        <ul className="agency-bar__links">
          <li>
            <NavLink to={agencyPaths.queues} end>
              {t.nav.queues}
            </NavLink>
          </li>
          <li>
            <NavLink to={agencyCardsPaths.queue}>{cardsT.navLink}</NavLink>
          </li>
          {staff.role === 'agency_supervisor' && (
            <li>
              <NavLink to={agencyPaths.supervision}>{t.nav.supervision}</NavLink>
            </li>
          )}
        </ul>
      </nav>
      <p className="agency-bar__who">{t.nav.agency(staff.agency.name)}</p>
    </div>
  );
}
