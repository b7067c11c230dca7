import type { Db } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { findBoundPersonId } from '../../../identity/index.ts';
import {
  selectFamilyMemberForUpdate,
  selectMembershipForUpdate,
  updateFamilyMemberStatus,
  type FamilyMemberRow,
} from '../family.repository.ts';
import { recordFamilyChange } from './record-family-change.ts';

/**
 * Ends a family membership and frees its place: the holder removes a member (or withdraws an
 * invitation), or an adult member leaves a family they joined — consent can be taken back at any
 * time. Someone else's membership answers FAMILY_MEMBER_NOT_FOUND or FAMILY_MEMBERSHIP_NOT_FOUND.
 */
export async function endFamilyMembership({
  db,
  accountId,
  membershipId,
  as,
  now = new Date(),
}: {
  db: Db;
  accountId: string;
  membershipId: string;
  as: 'holder' | 'member';
  now?: Date;
}): Promise<FamilyMemberRow> {
  const personId = await findBoundPersonId({ db, accountId });
  if (personId === null) throw new AppError('PERSON_NOT_BOUND');
  return db.transaction(async (tx) => {
    const row =
      as === 'holder'
        ? await selectFamilyMemberForUpdate(tx, personId, membershipId)
        : await selectMembershipForUpdate(tx, personId, membershipId);
    const current = as === 'holder' ? ['invited', 'active'] : ['active'];
    if (!row || !current.includes(row.status))
      throw new AppError(
        as === 'holder' ? 'FAMILY_MEMBER_NOT_FOUND' : 'FAMILY_MEMBERSHIP_NOT_FOUND',
      );
    const ended = await updateFamilyMemberStatus(tx, {
      row,
      status: as === 'holder' ? 'removed' : 'left',
      now,
    });
    await recordFamilyChange(tx, {
      what: as === 'holder' ? 'member-removed' : 'member-left',
      row: ended,
      accountId,
    });
    return ended;
  });
}
