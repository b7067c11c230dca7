import { chinaToday } from '../../../../platform/clock.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { requireFreshRealPersonAuthentication } from '../../../identity/index.ts';
import { ecardHolderOf, relationTo } from '../ecard-holder.ts';
import type { EcardRow } from '../ecards.repository.ts';
import { issueEcard } from './issue-ecard.ts';

interface Application {
  db: Db;
  accountId: string;
  /** REAL_PERSON_AUTH_FRESH_MINUTES. */
  freshMinutes: number;
  cardId: string;
  now?: Date;
}

/**
 * The holder applies for the e-card of one of their own cards (申领电子社保卡), after a fresh
 * real-person authentication. Another person's card answers CARD_NOT_FOUND.
 */
export async function applyForEcard({
  db,
  accountId,
  freshMinutes,
  cardId,
  now = new Date(),
}: Application): Promise<EcardRow> {
  const { personId } = await requireFreshRealPersonAuthentication({
    db,
    accountId,
    withinMinutes: freshMinutes,
    now,
  });
  return db.transaction((tx) =>
    issueEcard(tx, { personId, cardId, accountId, onBehalfOfMinor: false, now }),
  );
}

/**
 * A guardian applies for the e-card of a minor family member's card, after their own fresh
 * real-person authentication. An adult member applies themselves (FAMILY_MEMBER_NOT_MINOR); a
 * member of nobody's family answers FAMILY_MEMBER_NOT_FOUND.
 */
export async function applyForFamilyEcard({
  db,
  accountId,
  freshMinutes,
  memberId,
  cardId,
  now = new Date(),
}: Application & { memberId: string }): Promise<EcardRow> {
  await requireFreshRealPersonAuthentication({ db, accountId, withinMinutes: freshMinutes, now });
  const holder = await ecardHolderOf({ db, accountId });
  const member = holder.family.find((m) => m.id === memberId);
  if (!member) throw new AppError('FAMILY_MEMBER_NOT_FOUND');
  if (relationTo(holder, member.memberPersonId, chinaToday(now.getTime())) !== 'guardian')
    throw new AppError('FAMILY_MEMBER_NOT_MINOR');
  return db.transaction((tx) =>
    issueEcard(tx, {
      personId: member.memberPersonId,
      cardId,
      accountId,
      onBehalfOfMinor: true,
      now,
    }),
  );
}
