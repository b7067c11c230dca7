import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { announceOpeningsChanged, upsertOpening } from '../regions.repository.ts';
import { requireDestinationRegion } from './require-destination-region.ts';

/**
 * Opens online transfer applications in a city-level region for one scheme from a date, or moves
 * that date. Audited; announced to every server so their cached answers change at once.
 */
export async function openOnlineTransfer({
  db,
  actor,
  regionCode,
  scheme,
  openSince,
}: {
  db: Db;
  actor: Actor;
  regionCode: string;
  scheme: InsuranceScheme;
  openSince: string;
}): Promise<{
  regionCode: string;
  scheme: InsuranceScheme;
  openSince: string;
  previousSince: string | null;
}> {
  return db.transaction(async (tx) => {
    await requireDestinationRegion(tx, regionCode);
    const { previousSince } = await upsertOpening(tx, { regionCode, scheme, openSince });
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
