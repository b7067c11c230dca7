import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import {
  announceOpeningsChanged,
  insertOpeningIfAbsent,
  lockOpening,
  updateOpeningSince,
} from '../regions.repository.ts';
import { requireDestinationRegion } from './require-destination-region.ts';

/**
 * Opens online transfer applications in a city-level region for one scheme from a date, or moves
 * that date. Audited; announced to every server so their cached answers change at once.
 * `expectedOpenSince` (the admin console's version check: the date the administrator saw, null
 * for closed) refuses with CONFLICT a change made on a stale page — also the second of two first
 * openings at once, which the database orders; the CLI leaves it out.
 */
export async function openOnlineTransfer({
  db,
  actor,
  regionCode,
  scheme,
  openSince,
  expectedOpenSince,
}: {
  db: Db;
  actor: Actor;
  regionCode: string;
  scheme: InsuranceScheme;
  openSince: string;
  expectedOpenSince?: string | null;
}): Promise<{
  regionCode: string;
  scheme: InsuranceScheme;
  openSince: string;
  previousSince: string | null;
}> {
  return db.transaction(async (tx) => {
    await requireDestinationRegion(tx, regionCode);
    const opening = { regionCode, scheme, openSince };
    let previousSince = await lockOpening(tx, regionCode, scheme);
    // A closed region has no row to lock: the insert decides between two first openings, and the
    // later one finds the earlier's row (committed meanwhile) and goes on as a change of it.
    const created = previousSince === null && (await insertOpeningIfAbsent(tx, opening));
    if (previousSince === null && !created)
      previousSince = await lockOpening(tx, regionCode, scheme);
    if (expectedOpenSince !== undefined && previousSince !== expectedOpenSince)
      throw new AppError('CONFLICT', { details: { openSince: previousSince } });
    // Opened and closed again by others between the two reads: nothing left to move.
    if (!created && !(await updateOpeningSince(tx, opening)))
      throw new AppError('CONFLICT', { details: { openSince: null } });
    const change = { regionCode, scheme, openSince, previousSince };
    await recordAudit(tx, {
      actor,
      action: 'online-transfer.opened',
      subjectType: 'region',
      subjectId: regionCode,
      data: change,
    });
    await emitEvent(tx, { name: 'online-transfer.opened', payload: change });
    await announceOpeningsChanged(tx);
    return change;
  });
}
