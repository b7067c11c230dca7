import type { ReactNode } from 'react';
import { StaffOnly, type StaffAccount } from '../staff/StaffOnly.tsx';
import { staffPaths } from '../staff/staff-paths.ts';
import { AgencyNav } from './AgencyNav.tsx';
import { agencyPaths } from './agency-paths.ts';
import { useAgencyT } from './use-agency-t.ts';

export type AgencyStaff = StaffAccount & { agency: NonNullable<StaffAccount['agency']> };

const isAgencyStaff = (account: StaffAccount): account is AgencyStaff =>
  (account.role === 'agency_staff' || account.role === 'agency_supervisor') &&
  account.agency !== null;

/**
 * Shows its page, under the back office's navigation, to a signed-in member of an agency's staff
 * (a supervisor, when `supervisorOnly`); others read where to go instead.
 */
export function AgencyStaffOnly(props: {
  supervisorOnly?: boolean;
  children: (staff: AgencyStaff) => ReactNode;
}) {
  const t = useAgencyT();
  return (
    <StaffOnly
      isOfKind={isAgencyStaff}
      otherKind={{
        text: t.staffOnly.notAgencyStaff,
        link: { to: staffPaths.admin, label: t.staffOnly.toAdmin },
      }}
      refusalFor={(staff) =>
        props.supervisorOnly && staff.role !== 'agency_supervisor'
          ? {
              text: t.staffOnly.notSupervisor,
              link: { to: agencyPaths.queues, label: t.staffOnly.toQueues },
            }
          : undefined
      }
      frame={(staff, page) => (
        <div className="agency-page">
          <AgencyNav staff={staff} />
          {page}
        </div>
      )}
    >
      {props.children}
    </StaffOnly>
  );
}
