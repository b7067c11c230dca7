import type { TransferApplicationActionKind } from '../../../../../domain/transfer/application-status.ts';
import { isRefusalAfterAcceptance } from '../../../../../domain/transfer/refusal.ts';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { agencySidesOf, type AgencySide } from '../agency/agency-case-access.ts';
import { selectApplicationWithActions } from '../transfers.repository.ts';

/** What a message to the applicant about one step of their application needs to say. */
export interface StepForApplicantNotice {
  applicationId: string;
  /** The application's version now: a step taken after this one has raised it. */
  applicationVersion: number;
  scheme: InsuranceScheme;
  /** The contact phone the applicant gave on the form, decrypted: where texts go. */
  contactPhone: string;
  /** When the step was taken. */
  at: Date;
  /** The legal deadline of the step after this one (null: none, or the calendar is not out yet). */
  deadlineOn: string | null;
  reasonCode: string | null;
  /** Which agency took the step; null for the applicant's own steps. */
  byAgency: AgencySide | null;
  /** A rejection of the application after it had been accepted (不予办理, not 不予受理). */
  afterAcceptance: boolean;
}

/**
 * The latest action of kind `step` on the person's application, with the contact phone: read
 * from the action rather than the application, so that a message sent late still gives the
 * deadline that this step set. Undefined when there is no such application or step.
 */
export async function getStepForApplicantNotice({
  db,
  cipher,
  personId,
  applicationId,
  step,
}: {
  db: Executor;
  cipher: FieldCipher;
  personId: string;
  applicationId: string;
  step: TransferApplicationActionKind;
}): Promise<StepForApplicantNotice | undefined> {
  const found = await selectApplicationWithActions(db, personId, applicationId);
  const action = found?.actions.findLast((a) => a.action === step);
  if (!found || !action) return undefined;
  return {
    applicationId,
    applicationVersion: found.application.version,
    scheme: found.application.scheme,
    contactPhone: cipher.decrypt(found.application.contactPhoneEncrypted),
    at: action.at,
    deadlineOn: action.deadlineOn,
    reasonCode: action.reasonCode,
    byAgency: agencySidesOf(found.application, action.agencyRegionCode)[0] ?? null,
    afterAcceptance: isRefusalAfterAcceptance(found.actions, action),
  };
}
