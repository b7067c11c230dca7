import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { announceOpeningsChanged, deleteOpening } from '../regions.repository.ts';
import { requireDestinationRegion } from './require-destination-region.ts';

/** Closes online transfer applications in a region for one scheme. Closing a closed region is a no-op. */
export async function closeOnlineTransfer({
  db,
  actor,
  regionCode,
  scheme,
}: {
  db: Db;
  actor: Actor;
  regionCode: string;
  scheme: InsuranceScheme;
}): Promise<{ regionCode: string; scheme: InsuranceScheme; wasOpenSince: string | null }> {
  return db.transaction(async (tx) => {
    await requireDestinationRegion(tx, regionCode);
    const wasOpenSince = await deleteOpening(tx, regionCode, scheme);
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
