import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { findPersonById, revealCitizenId } from '../../persons/index.ts';
import { selectAgencyCase, type AgencyActor } from './agency-case-access.ts';

/** The applicant's data a staff member may reveal on a case page. */
export type RevealableField = 'citizenId' | 'contactPhone';

/**
 * The full ID number or contact phone of a case's applicant, for staff of either agency of the
 * case (SECURITY.md: "a dedicated reveal endpoint for permitted staff, each call audited with a
 * reason"). The audit entry names the field and the reason, never the value, and is committed
 * before the value is handed out. Any other case is APPLICATION_NOT_FOUND.
 */
export async function revealApplicantData({
  db,
  cipher,
  actor,
  applicationId,
  field,
  reason,
}: {
  db: Db;
  cipher: FieldCipher;
  actor: AgencyActor;
  applicationId: string;
  field: RevealableField;
  reason: string;
}): Promise<string> {
  return db.transaction(async (tx) => {
    const { application, sides } = await selectAgencyCase(tx, actor, applicationId);
    let value: string;
    if (field === 'contactPhone') value = cipher.decrypt(application.contactPhoneEncrypted);
    else {
      const person = await findPersonById({ db: tx, personId: application.personId });
      if (!person) throw new AppError('PERSON_NOT_FOUND');
      value = revealCitizenId(cipher, person);
    }
    await recordAudit(tx, {
      actor: { type: 'staff', id: actor.id },
      action: 'transfer-application.personal-data-revealed',
      subjectType: 'transfer-application',
      subjectId: application.id,
      data: {
        personId: application.personId,
        field,
        reason,
        agency: actor.agencyRegionCode,
        sides,
      },
    });
    return value;
  });
}
