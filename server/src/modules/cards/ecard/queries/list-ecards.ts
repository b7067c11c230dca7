import { chinaToday } from '../../../../platform/clock.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { findPersonNames } from '../../../persons/index.ts';
import {
  ecardHolderOf,
  reachablePersonIds,
  relationTo,
  type EcardHolder,
  type EcardRelation,
} from '../ecard-holder.ts';
import { selectEcardsInUse, type EcardInUse } from '../ecards.repository.ts';

/** An e-card as the signed-in citizen sees it: theirs, or a family member's they may show. */
export interface EcardView extends EcardInUse {
  relation: EcardRelation;
  /** In clear: the presenter masks it. */
  holderName: string;
}

/** The e-cards the holder may show — their own and their family's — newest first. */
export async function listEcards({
  db,
  accountId,
  now = new Date(),
}: {
  db: Db;
  accountId: string;
  now?: Date;
}): Promise<EcardView[]> {
  const holder = await ecardHolderOf({ db, accountId });
  return ecardViewsOf({ db, holder, now });
}

/** One of the e-cards the holder may show; any other answers ECARD_NOT_FOUND. */
export async function getEcard({
  db,
  accountId,
  ecardId,
  now = new Date(),
}: {
  db: Db;
  accountId: string;
  ecardId: string;
  now?: Date;
}): Promise<EcardView> {
  const holder = await ecardHolderOf({ db, accountId });
  const [view] = await ecardViewsOf({ db, holder, now, ecardId });
  if (!view) throw new AppError('ECARD_NOT_FOUND');
  return view;
}

/** The holder's views of the e-cards of everyone they may act for (or of one). */
export async function ecardViewsOf({
  db,
  holder,
  now,
  ecardId,
  personIds,
}: {
  db: Db;
  holder: EcardHolder;
  now: Date;
  ecardId?: string;
  /** Only these people's (default: everyone the holder may act for). */
  personIds?: string[];
}): Promise<EcardView[]> {
  const today = chinaToday(now.getTime());
  const reachable = reachablePersonIds(holder, today).filter(
    (id) => personIds === undefined || personIds.includes(id),
  );
  const rows = await selectEcardsInUse(db, reachable, now, ecardId);
  const names = await findPersonNames({ db, personIds: rows.map((row) => row.ecard.personId) });
  return rows.map((row) => ({
    ...row,
    relation: relationTo(holder, row.ecard.personId, today)!,
    holderName: names.get(row.ecard.personId) ?? '',
  }));
}
