import { isIsoDate } from '../../../../../domain/calendar/iso-date.ts';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type { AccountKind } from '../../../../../domain/transfer/types.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError, type FieldProblem } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { requireDestinationRegion } from '../../regions/index.ts';
import type { RelationshipRow, RelationshipStatus } from '../insurance-record.ts';
import { insertRelationship, selectPersonById } from '../persons.repository.ts';

/** A relationship as an agency's records show it. */
export interface NewInsuranceRelationship {
  scheme: InsuranceScheme;
  /** The destination-level region whose agency holds it. */
  regionCode: string;
  status: RelationshipStatus;
  accountKind?: AccountKind;
  arrearsFen?: number;
  personalNumber?: string | null;
  startedOn: string;
  endedOn?: string | null;
}

const invalid = (path: string, message: string, messageEn: string): FieldProblem => ({
  path,
  location: 'body',
  message,
  messageEn,
});

function check(relationship: NewInsuranceRelationship): FieldProblem[] {
  const found: FieldProblem[] = [];
  const { startedOn, endedOn, arrearsFen = 0 } = relationship;
  if (!isIsoDate(startedOn))
    found.push(invalid('startedOn', '请填写正确的日期', 'Enter a real date.'));
  if (endedOn != null && (!isIsoDate(endedOn) || endedOn < startedOn))
    found.push(
      invalid('endedOn', '终止日期应不早于开始日期', 'The end date cannot be before the start.'),
    );
  if ((relationship.status === 'terminated') !== (endedOn != null))
    found.push(
      invalid(
        'endedOn',
        '只有已终止的参保关系才有终止日期',
        'Only a terminated relationship has an end date, and it must have one.',
      ),
    );
  if (relationship.accountKind === 'temporary' && relationship.scheme !== 'employee-pension')
    found.push(
      invalid(
        'accountKind',
        '只有职工养老保险有临时缴费账户',
        'Only the employee pension has temporary accounts.',
      ),
    );
  if (!Number.isSafeInteger(arrearsFen) || arrearsFen < 0)
    found.push(
      invalid(
        'arrearsFen',
        '欠费金额应是不小于0的整数（单位：分）',
        'Arrears are a whole number of fen, 0 or more.',
      ),
    );
  return found;
}

/**
 * Records an insurance relationship of a person with the agency of a destination-level region,
 * as that agency's records show it. A second live (not terminated) relationship for the same
 * scheme with the same agency is refused (INSURANCE_RELATIONSHIP_EXISTS), as is a second pension
 * being drawn for one scheme. Audited.
 */
export async function recordInsuranceRelationship({
  tx,
  actor,
  personId,
  relationship,
}: {
  tx: Tx;
  actor: Actor;
  personId: string;
  relationship: NewInsuranceRelationship;
}): Promise<RelationshipRow> {
  if (!(await selectPersonById(tx, personId))) throw new AppError('PERSON_NOT_FOUND');
  const found = check(relationship);
  if (found.length > 0) throw new AppError('VALIDATION_FAILED', { fields: found });
  await requireDestinationRegion(tx, relationship.regionCode);
  const row: RelationshipRow = {
    id: newId(),
    scheme: relationship.scheme,
    regionCode: relationship.regionCode,
    status: relationship.status,
    accountKind: relationship.accountKind ?? 'normal',
    arrearsFen: relationship.arrearsFen ?? 0,
    personalNumber: relationship.personalNumber ?? null,
    startedOn: relationship.startedOn,
    endedOn: relationship.endedOn ?? null,
  };
  if (!(await insertRelationship(tx, { ...row, personId })))
    throw new AppError('INSURANCE_RELATIONSHIP_EXISTS', {
      details: { scheme: row.scheme, regionCode: row.regionCode },
    });
  await recordAudit(tx, {
    actor,
    action: 'insurance-relationship.recorded',
    subjectType: 'person',
    subjectId: personId,
    data: {
      relationshipId: row.id,
      scheme: row.scheme,
      regionCode: row.regionCode,
      status: row.status,
      accountKind: row.accountKind,
    },
  });
  return row;
}
