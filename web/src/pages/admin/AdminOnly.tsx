import type { ReactNode } from 'react';
import { StaffOnly, type StaffAccount } from '../staff/StaffOnly.tsx';
import { staffPaths } from '../staff/staff-paths.ts';
import { AdminNav } from './AdminNav.tsx';
import { adminPaths, isAdminRole, type AdminRole } from './admin-paths.ts';
import { useAdminT } from './use-admin-t.ts';

export type Administrator = StaffAccount & { role: AdminRole };

const isAdministrator = (account: StaffAccount): account is Administrator =>
  isAdminRole(account.role);

/**
 * Shows its page to a signed-in administrator of one of `roles` (any administrator when absent),
 * under the console's navigation; others read where to go instead.
 */
export function AdminOnly(props: {
  roles?: readonly AdminRole[];
  children: (admin: Administrator) => ReactNode;
}) {
  const t = useAdminT();
  const { roles } = props;
  return (
    <StaffOnly
      isOfKind={isAdministrator}
      otherKind={{ text: t.only.notAdmin, link: { to: staffPaths.agency, label: t.only.toAgency } }}
      refusalFor={(admin) =>
        roles && !roles.includes(admin.role)
          ? {
              text: t.only.notYourRole(t.roles[admin.role]),
              link: { to: adminPaths.console, label: t.only.toConsole },
            }
          : undefined
      }
      frame={(admin, page) => (
        <>
          <AdminNav admin={admin} />
          {page}
        </>
      )}
    >
      {props.children}
    </StaffOnly>
  );
}
