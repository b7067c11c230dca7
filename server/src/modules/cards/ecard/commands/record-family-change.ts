import { recordAudit } from '../../../../platform/audit/index.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { emitEvent } from '../../../../platform/events/index.ts';
import type { FamilyMemberRow } from '../family.repository.ts';

/**
 * The event and audit entry of a change to a family membership (`ecard-family.<what>`), in the
 * change's transaction. Ids only: no name, no ID number.
 */
export async function recordFamilyChange(
  tx: Tx,
  { what, row, accountId }: { what: string; row: FamilyMemberRow; accountId: string },
): Promise<void> {
  const facts = {
    membershipId: row.id,
    holderPersonId: row.personId,
    memberPersonId: row.memberPersonId,
    kind: row.kind,
    status: row.status,
  };
  await emitEvent(tx, { name: `ecard-family.${what}`, payload: facts });
  await recordAudit(tx, {
    actor: { type: 'citizen', id: accountId },
    action: `ecard-family.${what}`,
    subjectType: 'ecard-family-member',
    subjectId: row.id,
    data: { ...facts, slot: row.slot, version: row.version },
  });
}
