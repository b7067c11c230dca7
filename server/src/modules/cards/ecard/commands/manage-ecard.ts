import { chinaToday } from '../../../../platform/clock.ts';
import type { Db, Tx } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { ecardHolderOf, relationTo, reachablePersonIds } from '../ecard-holder.ts';
import { selectEcard, selectEcardsInUse, type EcardRow } from '../ecards.repository.ts';

/**
 * Runs a change to an e-card that only its holder — or a minor's guardian — may make, in one
 * transaction. An e-card the account cannot see answers ECARD_NOT_FOUND; an adult family
 * member's, which the account may show but not manage, FAMILY_MEMBER_NOT_MINOR.
 */
export async function manageEcard<Result>(
  { db, accountId, ecardId, now }: { db: Db; accountId: string; ecardId: string; now: Date },
  change: (tx: Tx, ecard: EcardRow) => Promise<Result>,
): Promise<Result> {
  const holder = await ecardHolderOf({ db, accountId });
  const today = chinaToday(now.getTime());
  const [inUse] = await selectEcardsInUse(db, reachablePersonIds(holder, today), now, ecardId);
  if (!inUse) throw new AppError('ECARD_NOT_FOUND');
  if (relationTo(holder, inUse.ecard.personId, today) === 'family')
    throw new AppError('FAMILY_MEMBER_NOT_MINOR');
  return db.transaction(async (tx) => {
    const ecard = await selectEcard(tx, inUse.ecard.personId, ecardId);
    if (!ecard) throw new AppError('ECARD_NOT_FOUND');
    return change(tx, ecard);
  });
}
