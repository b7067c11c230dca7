import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getSignedInStaff, type SignedInStaff } from '../../api/agency.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { agencyPaths } from './agency-paths.ts';
import { useAgencyT } from './use-agency-t.ts';

export type AgencyStaff = SignedInStaff['account'] & {
  agency: NonNullable<SignedInStaff['account']['agency']>;
};

const isAgencyStaff = (account: SignedInStaff['account']): account is AgencyStaff =>
  (account.role === 'agency_staff' || account.role === 'agency_supervisor') &&
  account.agency !== null;

/**
 * Shows its page to a signed-in member of an agency's staff (a supervisor, when
 * `supervisorOnly`); anyone else reads what to do instead. The server checks the same on every
 * call: this only spares a page of errors.
 */
export function AgencyStaffOnly(props: {
  supervisorOnly?: boolean;
  children: (staff: AgencyStaff) => ReactNode;
}) {
  const t = useAgencyT();
  const { state, retry } = useApi('staff-me', (signal) => getSignedInStaff(signal));
  if (state.status === 'idle' || state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    if (state.failure.status === 401)
      return (
        <Refusal
          text={t.staffOnly.signInFirst}
          link={{ to: agencyPaths.staffSignIn, label: t.staffOnly.signIn }}
        />
      );
    if (state.failure.status === 403) return <Refusal text={t.staffOnly.notAgencyStaff} />;
    return <ApiProblem failure={state.failure} onRetry={retry} />;
  }
  const { account } = state.data;
  if (!isAgencyStaff(account)) return <Refusal text={t.staffOnly.notAgencyStaff} />;
  if (props.supervisorOnly && account.role !== 'agency_supervisor')
    return (
      <Refusal
        text={t.staffOnly.notSupervisor}
        link={{ to: agencyPaths.queues, label: t.staffOnly.toQueues }}
      />
    );
  return props.children(account);
}

function Refusal({ text, link }: { text: string; link?: { to: string; label: string } }) {
  return (
    <div className="problem" role="alert">
      <p>{text}</p>
      {link && (
        <p>
          <Link to={link.to}>{link.label}</Link>
        </p>
      )}
    </div>
  );
}
