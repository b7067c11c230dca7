import { chinaToday } from '../../../../platform/clock.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { findBoundPersonId } from '../../../identity/index.ts';
import { findPersonNames } from '../../../persons/index.ts';
import { selectCardsOfPerson, type CardRow } from '../../cards.repository.ts';
import { ecardHolderOf, relationTo } from '../ecard-holder.ts';
import {
  selectCurrentFamilyMembers,
  selectMembershipsOf,
  type FamilyMemberRow,
} from '../family.repository.ts';
import { ecardViewsOf, type EcardView } from './list-ecards.ts';

/** A member of the holder's family with what the holder may do for them. */
export interface FamilyMemberView {
  row: FamilyMemberRow;
  /** In clear: the presenter masks it. */
  name: string;
  ecards: EcardView[];
  /** For a minor: cards not cancelled that have no e-card yet (the guardian may apply). */
  cardsWithoutEcard: CardRow[];
}

const current = (row: FamilyMemberRow, now: Date) =>
  row.status === 'active' || (row.invitationExpiresAt !== null && row.invitationExpiresAt > now);

/** The holder's family: members and open invitations (a lapsed one is not shown). */
export async function getFamily({
  db,
  accountId,
  now = new Date(),
}: {
  db: Db;
  accountId: string;
  now?: Date;
}): Promise<FamilyMemberView[]> {
  const holder = await ecardHolderOf({ db, accountId });
  const today = chinaToday(now.getTime());
  const rows = (await selectCurrentFamilyMembers(db, holder.personId)).filter((row) =>
    current(row, now),
  );
  const ecards = await ecardViewsOf({
    db,
    holder,
    now,
    personIds: rows.map((row) => row.memberPersonId),
  });
  const names = await findPersonNames({ db, personIds: rows.map((row) => row.memberPersonId) });
  return Promise.all(
    rows.map(async (row) => {
      const mine = ecards.filter((view) => view.ecard.personId === row.memberPersonId);
      const guardian = relationTo(holder, row.memberPersonId, today) === 'guardian';
      const withEcard = new Set(mine.map((view) => view.ecard.cardId));
      const cardsWithoutEcard = guardian
        ? (await selectCardsOfPerson(db, row.memberPersonId)).filter(
            (card) => card.status !== 'cancelled' && !withEcard.has(card.id),
          )
        : [];
      return { row, name: names.get(row.memberPersonId) ?? '', ecards: mine, cardsWithoutEcard };
    }),
  );
}

/** The families the citizen is invited to or belongs to, with who invited them. */
export async function listMemberships({
  db,
  accountId,
  now = new Date(),
}: {
  db: Db;
  accountId: string;
  now?: Date;
}): Promise<{ row: FamilyMemberRow; holderName: string }[]> {
  const personId = await findBoundPersonId({ db, accountId });
  if (personId === null) throw new AppError('PERSON_NOT_BOUND');
  const rows = (await selectMembershipsOf(db, personId)).filter((row) => current(row, now));
  const names = await findPersonNames({ db, personIds: rows.map((row) => row.personId) });
  return rows.map((row) => ({ row, holderName: names.get(row.personId) ?? '' }));
}
