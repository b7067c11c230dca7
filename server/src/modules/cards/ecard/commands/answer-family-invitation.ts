import type { Db } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import {
  findBoundPersonId,
  requireFreshRealPersonAuthentication,
} from '../../../identity/index.ts';
import {
  selectMembershipForUpdate,
  updateFamilyMemberStatus,
  type FamilyMemberRow,
} from '../family.repository.ts';
import { recordFamilyChange } from './record-family-change.ts';

/**
 * The invited adult answers from their own signed-in account. Accepting needs their own fresh
 * real-person authentication (DOMAIN.md §6: adults only after their own authentication) and makes
 * the membership active: the holder may then show this person's e-card. Declining frees the
 * holder's place. An invitation to someone else, already answered or lapsed answers
 * FAMILY_MEMBERSHIP_NOT_FOUND.
 */
export async function answerFamilyInvitation({
  db,
  accountId,
  freshMinutes,
  membershipId,
  accept,
  now = new Date(),
}: {
  db: Db;
  accountId: string;
  freshMinutes: number;
  membershipId: string;
  accept: boolean;
  now?: Date;
}): Promise<FamilyMemberRow> {
  const memberPersonId = accept
    ? (
        await requireFreshRealPersonAuthentication({
          db,
          accountId,
          withinMinutes: freshMinutes,
          now,
        })
      ).personId
    : await findBoundPersonId({ db, accountId });
  if (memberPersonId === null) throw new AppError('PERSON_NOT_BOUND');
  return db.transaction(async (tx) => {
    const row = await selectMembershipForUpdate(tx, memberPersonId, membershipId);
    if (
      row?.status !== 'invited' ||
      row.invitationExpiresAt === null ||
      row.invitationExpiresAt <= now
    )
      throw new AppError('FAMILY_MEMBERSHIP_NOT_FOUND');
    const answered = await updateFamilyMemberStatus(tx, {
      row,
      status: accept ? 'active' : 'declined',
      now,
      answeredByAccountId: accountId,
    });
    await recordFamilyChange(tx, {
      what: accept ? 'invitation-accepted' : 'invitation-declined',
      row: answered,
      accountId,
    });
    return answered;
  });
}
