import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import type { SignedInStaffMember } from '../../api/staff.ts';
import { Loading } from '../../components/Loading.tsx';
import { staffPaths } from '../staff/staff-paths.ts';
import { useStaffSession } from '../staff/staff-session.tsx';
import { AdminNav } from './AdminNav.tsx';
import { adminPaths, isAdminRole, type AdminRole } from './admin-paths.ts';
import { useAdminT } from './use-admin-t.ts';

export type Administrator = SignedInStaffMember['account'] & { role: AdminRole };

/**
 * Shows its page to a signed-in administrator of one of `roles` (any administrator when absent),
 * under the console's navigation; others read where to go instead. The server checks the same
 * on every call: this only spares a page of errors.
 */
export function AdminOnly(props: {
  roles?: readonly AdminRole[];
  children: (admin: Administrator) => ReactNode;
}) {
  const t = useAdminT();
  const { state } = useStaffSession();
  if (state.status === 'checking') return <Loading />;
  if (state.status === 'signed-out')
    return (
      <Navigate
        to={staffPaths.signIn}
        replace
        state={{ notice: state.endedBecause ?? 'sign-in-first' }}
      />
    );
  if (state.member.passwordChangeRequired) return <Navigate to={staffPaths.password} replace />;
  const { account } = state.member;
  if (!isAdminRole(account.role))
    return (
      <Refusal text={t.only.notAdmin} link={{ to: staffPaths.agency, label: t.only.toAgency }} />
    );
  const admin = account as Administrator;
  return (
    <>
      <AdminNav admin={admin} />
      {props.roles && !props.roles.includes(admin.role) ? (
        <Refusal
          text={t.only.notYourRole(t.roles[admin.role])}
          link={{ to: adminPaths.console, label: t.only.toConsole }}
        />
      ) : (
        props.children(admin)
      )}
    </>
  );
}

function Refusal({ text, link }: { text: string; link: { to: string; label: string } }) {
  return (
    <div className="problem" role="alert">
      <p>{text}</p>
      <p>
        <Link to={link.to}>{link.label}</Link>
      </p>
    </div>
  );
}
