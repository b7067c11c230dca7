import { Link } from 'react-router';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { AdminOnly, type Administrator } from './AdminOnly.tsx';
import { adminPaths, sectionsOf } from './admin-paths.ts';
import { useAdminT } from './use-admin-t.ts';
import './admin.css';

/** 管理控制台: the sections the administrator's role may use, and nothing of the other roles. */
export function AdminConsolePage() {
  return <AdminOnly>{(admin) => <Console admin={admin} />}</AdminOnly>;
}

function Console({ admin }: { admin: Administrator }) {
  const t = useAdminT();
  const heading = usePageHeading(t.console.title);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.console.title}
      </h1>
      <p className="lead">{t.console.role(t.roles[admin.role])}</p>
      <h2>{t.console.sections}</h2>
      <ul className="cards">
        {sectionsOf[admin.role].map((section) => (
          <li className="card card--available" key={section}>
            <h3 className="card__title">
              <Link className="card__link" to={adminPaths[section]}>
                {t.nav[section]}
              </Link>
            </h3>
            <p>{t.console.hints[section]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
