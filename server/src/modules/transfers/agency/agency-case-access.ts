import { and, eq, or } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { transferApplications } from '../transfers.tables.ts';
import type { ApplicationRow } from '../transfers.repository.ts';

/** The staff member acting on a case: the platform's StaffIdentity narrowed to agency staff. */
export interface AgencyActor {
  id: string;
  displayName: string;
  role: string;
  agencyRegionCode: string;
}

/** Which end of the transfer an agency is (DOMAIN.md §3): the new place or the old one. */
export type AgencySide = 'transfer-in' | 'transfer-out';

/**
 * The sides of a transfer an agency of `regionCode` is: the new place (transfer-in), the old one
 * (transfer-out), or neither (null, as for the applicant's own steps).
 */
export function agencySidesOf(
  application: Pick<ApplicationRow, 'toRegionCode' | 'fromRegionCode'>,
  regionCode: string | null,
): AgencySide[] {
  const sides: AgencySide[] = [];
  if (application.toRegionCode === regionCode) sides.push('transfer-in');
  if (application.fromRegionCode === regionCode) sides.push('transfer-out');
  return sides;
}

/**
 * Object-level access for agency staff (SECURITY.md): the cases of their region, i.e. the
 * transfers into it, plus the transfer-out side of transfers that leave it. Any other case is
 * not found (404), never forbidden, so that its existence is not revealed.
 */
export async function selectAgencyCase(
  db: Executor,
  actor: Pick<AgencyActor, 'agencyRegionCode'>,
  applicationId: string,
  options: { lock?: boolean } = {},
): Promise<{ application: ApplicationRow; sides: AgencySide[] }> {
  const query = db
    .select()
    .from(transferApplications)
    .where(
      and(
        eq(transferApplications.id, applicationId),
        or(
          eq(transferApplications.toRegionCode, actor.agencyRegionCode),
          eq(transferApplications.fromRegionCode, actor.agencyRegionCode),
        ),
      ),
    );
  const [application] = options.lock ? await query.for('update') : await query;
  if (!application) throw new AppError('APPLICATION_NOT_FOUND');
  return { application, sides: agencySidesOf(application, actor.agencyRegionCode) };
}

/**
 * The case, for a step that only one side takes (accept and complete are the transfer-in
 * agency's; the transfer-out step is the old place's; either may reject). The other side may read the
 * case but has no such step to take: for it the step's object does not exist (404).
 */
export async function selectCaseForStep(
  db: Executor,
  actor: AgencyActor,
  applicationId: string,
  side: AgencySide,
): Promise<ApplicationRow> {
  const { application, sides } = await selectAgencyCase(db, actor, applicationId, { lock: true });
  if (!sides.includes(side)) throw new AppError('APPLICATION_NOT_FOUND');
  return application;
}

/** The StaffIdentity of a request on an `agency` route, as an AgencyActor. */
export function agencyActor(staff: {
  id: string;
  displayName: string;
  role: string;
  agencyRegionCode: string | null;
}): AgencyActor {
  if (!staff.agencyRegionCode) throw new AppError('ROLE_NOT_ALLOWED');
  return { ...staff, agencyRegionCode: staff.agencyRegionCode };
}
