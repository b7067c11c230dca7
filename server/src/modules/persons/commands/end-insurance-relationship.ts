import { isIsoDate } from '../../../../../domain/calendar/iso-date.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { RelationshipRow, RelationshipStatus } from '../insurance-record.ts';
import { selectRelationship, updateRelationshipEnded } from '../persons.repository.ts';

/**
 * Ends an insurance relationship (终止参保关系) on `endedOn`, e.g. when the transfer-out agency
 * has moved it and its funds to another place. The relationship must still have `whileStatus`,
 * the status the caller checked it in (else 409 CONFLICT: someone changed it first); its periods
 * stay with it until they are merged elsewhere. Audited with `reason`.
 */
export async function endInsuranceRelationship({
  tx,
  actor,
  personId,
  relationshipId,
  whileStatus,
  endedOn,
  reason,
}: {
  tx: Tx;
  actor: Actor;
  personId: string;
  relationshipId: string;
  whileStatus: Exclude<RelationshipStatus, 'terminated'>;
  endedOn: string;
  /** Why it ends, for the audit log, e.g. `transfer-out:<application id>`. */
  reason: string;
}): Promise<RelationshipRow> {
  const relationship = await selectRelationship(tx, personId, relationshipId);
  if (!relationship) throw new AppError('INSURANCE_RELATIONSHIP_NOT_FOUND');
  if (!isIsoDate(endedOn) || endedOn < relationship.startedOn)
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          path: 'endedOn',
          location: 'body',
          message: '终止日期应是不早于参保开始日期的真实日期',
          messageEn: 'The end date must be a real date, not before the relationship started.',
        },
      ],
    });
  const ended = await updateRelationshipEnded(tx, {
    personId,
    id: relationshipId,
    status: whileStatus,
    endedOn,
  });
  if (!ended) throw new AppError('CONFLICT', { details: { status: relationship.status } });
  await recordAudit(tx, {
    actor,
    action: 'insurance-relationship.ended',
    subjectType: 'person',
    subjectId: personId,
    data: {
      relationshipId,
      scheme: ended.scheme,
      regionCode: ended.regionCode,
      previousStatus: whileStatus,
      endedOn,
      reason,
    },
  });
  return ended;
}
