import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import type { SignedInStaffMember } from '../../api/staff.ts';
import { Loading } from '../../components/Loading.tsx';
import { staffPaths } from './staff-paths.ts';
import { useStaffSession } from './staff-session.tsx';

export type StaffAccount = SignedInStaffMember['account'];

/** What a member who may not see a page reads instead, with a link to where they can go. */
export interface StaffRefusal {
  text: string;
  link: { to: string; label: string };
}

/**
 * Shows its page to a signed-in member of staff of one kind (administrators, agency staff),
 * framed by that kind's navigation; anyone signed out is sent to the staff sign-in, anyone who
 * must change their password to that page, and anyone else reads where to go instead. The server
 * checks the same on every call: this only spares a page of errors.
 */
export function StaffOnly<Member extends StaffAccount>(props: {
  /** Which kind of staff the pages are for. */
  isOfKind: (account: StaffAccount) => account is Member;
  /** Read by staff of another kind: each kind sends them to its own pages. */
  otherKind: StaffRefusal;
  /** The kind's navigation around the page (or the refusal): each section has its own. */
  frame: (member: Member, page: ReactNode) => ReactNode;
  /** A refusal when this page needs more than the kind (a role, a supervisor), else nothing. */
  refusalFor?: (member: Member) => StaffRefusal | undefined;
  children: (member: Member) => ReactNode;
}) {
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
  if (!props.isOfKind(account)) return <Refusal {...props.otherKind} />;
  const refusal = props.refusalFor?.(account);
  return props.frame(account, refusal ? <Refusal {...refusal} /> : props.children(account));
}

function Refusal({ text, link }: StaffRefusal) {
  return (
    <div className="problem" role="alert">
      <p>{text}</p>
      <p>
        <Link to={link.to}>{link.label}</Link>
      </p>
    </div>
  );
}
