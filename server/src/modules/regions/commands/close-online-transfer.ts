import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { announceOpeningsChanged, deleteOpening } from '../regions.repository.ts';
import { requireDestinationRegion } from './require-destination-region.ts';

/**
 * Closes online transfer applications in a region for one scheme. Closing a closed region is a
 * no-op, unless `expectedOpenSince` (the admin console's version check) says it was seen open:
 * then a region closed or moved meanwhile answers CONFLICT.
 */
export async function closeOnlineTransfer({
  db,
  actor,
  regionCode,
  scheme,
  expectedOpenSince,
}: {
  db: Db;
  actor: Actor;
  regionCode: string;
  scheme: InsuranceScheme;
  expectedOpenSince?: string;
}): Promise<{ regionCode: string; scheme: InsuranceScheme; wasOpenSince: string | null }> {
  return db.transaction(async (tx) => {
    await requireDestinationRegion(tx, regionCode);
    const wasOpenSince = await deleteOpening(tx, regionCode, scheme);
    if (expectedOpenSince !== undefined && wasOpenSince !== expectedOpenSince)
      throw new AppError('CONFLICT', { details: { openSince: wasOpenSince } });
    const change = { regionCode, scheme, wasOpenSince };
    if (wasOpenSince === null) return change;
    await recordAudit(tx, {
      actor,
      action: 'online-transfer.closed',
      subjectType: 'region',
      subjectId: regionCode,
      data: change,
    });
    await emitEvent(tx, { name: 'online-transfer.closed', payload: change });
    await announceOpeningsChanged(tx);
    return change;
  });
}
