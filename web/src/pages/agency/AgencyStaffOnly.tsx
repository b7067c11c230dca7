import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import type { SignedInStaffMember } from '../../api/staff.ts';
import { Loading } from '../../components/Loading.tsx';
import { staffPaths } from '../staff/staff-paths.ts';
import { useStaffSession } from '../staff/staff-session.tsx';
import { AgencyNav } from './AgencyNav.tsx';
import { agencyPaths } from './agency-paths.ts';
import { useAgencyT } from './use-agency-t.ts';

type StaffAccount = SignedInStaffMember['account'];
export type AgencyStaff = StaffAccount & { agency: NonNullable<StaffAccount['agency']> };

const isAgencyStaff = (account: StaffAccount): account is AgencyStaff =>
  (account.role === 'agency_staff' || account.role === 'agency_supervisor') &&
  account.agency !== null;

/**
 * Shows its page, under the back office's navigation, to a signed-in member of an agency's staff
 * (a supervisor, when `supervisorOnly`); anyone signed out is sent to the staff sign-in, anyone
 * else reads where to go instead. The server checks the same on every call: this only spares a
 * page of errors.
 */
export function AgencyStaffOnly(props: {
  supervisorOnly?: boolean;
  children: (staff: AgencyStaff) => ReactNode;
}) {
  const t = useAgencyT();
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
  if (!isAgencyStaff(account))
    return (
      <Refusal
        text={t.staffOnly.notAgencyStaff}
        link={{ to: staffPaths.admin, label: t.staffOnly.toAdmin }}
      />
    );
  return (
    <div className="agency-page">
      <AgencyNav staff={account} />
      {props.supervisorOnly && account.role !== 'agency_supervisor' ? (
        <Refusal
          text={t.staffOnly.notSupervisor}
          link={{ to: agencyPaths.queues, label: t.staffOnly.toQueues }}
        />
      ) : (
        props.children(account)
      )}
    </div>
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
