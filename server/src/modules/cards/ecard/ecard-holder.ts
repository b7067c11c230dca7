import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { findBoundPersonId } from '../../identity/index.ts';
import { selectCurrentFamilyMembers, type FamilyMemberRow } from './family.repository.ts';

/** The signed-in citizen as an e-card holder: their person and the family they may act for. */
export interface EcardHolder {
  accountId: string;
  personId: string;
  /** Active members only: an invitation not yet accepted gives no access. */
  family: FamilyMemberRow[];
}

/** How a holder stands to the person an e-card belongs to. */
export type EcardRelation =
  /** Their own card. */
  | 'self'
  /** A minor family member's card: the holder acts for them as guardian. */
  | 'guardian'
  /** An adult family member who accepted: the holder may show their e-card's code. */
  | 'family';

/** The holder behind the account (PERSON_NOT_BOUND when the account has no person yet). */
export async function ecardHolderOf({
  db,
  accountId,
}: {
  db: Executor;
  accountId: string;
}): Promise<EcardHolder> {
  const personId = await findBoundPersonId({ db, accountId });
  if (personId === null) throw new AppError('PERSON_NOT_BOUND');
  const members = await selectCurrentFamilyMembers(db, personId);
  return { accountId, personId, family: members.filter((m) => m.status === 'active') };
}

/**
 * Whether and how the holder may act for `personId` on `today`. A minor's guardian access ends
 * the day they become an adult (they are then invited like any adult).
 */
export function relationTo(
  holder: EcardHolder,
  personId: string,
  today: string,
): EcardRelation | undefined {
  if (personId === holder.personId) return 'self';
  const member = holder.family.find((m) => m.memberPersonId === personId);
  if (!member) return undefined;
  if (member.kind === 'adult') return 'family';
  return member.adultFrom !== null && today < member.adultFrom ? 'guardian' : undefined;
}

/** Everyone whose e-cards the holder may see: themselves and their family with access today. */
export function reachablePersonIds(holder: EcardHolder, today: string): string[] {
  return [
    holder.personId,
    ...holder.family
      .map((m) => m.memberPersonId)
      .filter((personId) => relationTo(holder, personId, today) !== undefined),
  ];
}
