import {
  adultFrom,
  FAMILY_INVITATION_DAYS,
  isMinorOn,
  MAX_FAMILY_MEMBERS,
  type FamilyRelation,
} from '../../../../../../domain/cards/family-members.ts';
import { chinaToday } from '../../../../platform/clock.ts';
import type { FieldCipher } from '../../../../platform/crypto/index.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { newId } from '../../../../platform/ids.ts';
import { requireFreshRealPersonAuthentication } from '../../../identity/index.ts';
import { findPersonByCitizenId } from '../../../persons/index.ts';
import {
  expireLapsedInvitations,
  insertFamilyMemberInFreeSlot,
  type FamilyMemberRow,
} from '../family.repository.ts';
import { recordFamilyChange } from './record-family-change.ts';

/**
 * The holder adds a family member (添加亲情账户), after a fresh real-person authentication, by the
 * member's name and ID number, which must match a registered person (PERSON_NOT_MATCHED, the same
 * answer for an unknown number and a wrong name). A minor is added at once; an adult is invited
 * and joins only when they accept from their own account. Eight places at most
 * (FAMILY_MEMBERS_FULL): the database refuses a ninth, also under concurrency; invitations that
 * lapsed free their places first.
 */
export async function addFamilyMember({
  db,
  cipher,
  accountId,
  freshMinutes,
  name,
  citizenId,
  relation,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  accountId: string;
  freshMinutes: number;
  name: string;
  citizenId: string;
  relation: FamilyRelation;
  now?: Date;
}): Promise<FamilyMemberRow> {
  const { personId: holderPersonId } = await requireFreshRealPersonAuthentication({
    db,
    accountId,
    withinMinutes: freshMinutes,
    now,
  });
  const today = chinaToday(now.getTime());
  const person = await findPersonByCitizenId({ db, cipher, citizenId, today });
  if (!person || person.name !== name.trim() || person.status !== 'alive')
    throw new AppError('PERSON_NOT_MATCHED');
  if (person.id === holderPersonId) throw new AppError('FAMILY_MEMBER_SELF');
  const minor = isMinorOn(person.birthDate, today);
  return db.transaction(async (tx) => {
    await expireLapsedInvitations(tx, holderPersonId, now);
    const added = await insertFamilyMemberInFreeSlot(tx, {
      id: newId(now.getTime()),
      personId: holderPersonId,
      memberPersonId: person.id,
      relation,
      kind: minor ? 'minor' : 'adult',
      adultFrom: minor ? adultFrom(person.birthDate) : null,
      status: minor ? 'active' : 'invited',
      addedAt: now,
      addedByAccountId: accountId,
      invitationExpiresAt: minor
        ? null
        : new Date(now.getTime() + FAMILY_INVITATION_DAYS * 86_400_000),
    });
    if (added === 'full')
      throw new AppError('FAMILY_MEMBERS_FULL', { details: { limit: MAX_FAMILY_MEMBERS } });
    if (added === 'exists') throw new AppError('FAMILY_MEMBER_EXISTS');
    await recordFamilyChange(tx, {
      what: minor ? 'member-added' : 'member-invited',
      row: added,
      accountId,
    });
    return added;
  });
}
