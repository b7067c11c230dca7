import { NavLink } from 'react-router';
import type { Administrator } from './AdminOnly.tsx';
import { adminPaths, sectionsOf } from './admin-paths.ts';
import { useAdminT } from './use-admin-t.ts';

/** The console's own links for the administrator's role, under the site header. */
export function AdminNav({ admin }: { admin: Administrator }) {
  const t = useAdminT();
  return (
    <div className="admin-bar">
      <nav aria-label={t.nav.label}>
        <ul className="admin-bar__links">
          <li>
            <NavLink to={adminPaths.console} end>
              {t.nav.console}
            </NavLink>
          </li>
          {sectionsOf[admin.role].map((section) => (
            <li key={section}>
              <NavLink to={adminPaths[section]}>{t.nav[section]}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <p className="admin-bar__who">{t.roles[admin.role]}</p>
    </div>
  );
}
