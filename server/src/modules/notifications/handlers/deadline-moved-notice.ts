import { z } from 'zod';
import { insuranceSchemes } from '../../../../../domain/schemes.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { DomainEvent } from '../../../platform/events/index.ts';
import { getStepForApplicantNotice } from '../../transfers/index.ts';
import { deadlineMovedMessage, type TransferStepMessage } from '../transfer-step-messages.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
// The `transfer-application.deadline-moved` payload (transfers' MovedDeadlinePayload).
const payloadSchema = z.object({
  applicationId: z.uuid(),
  personId: z.uuid(),
  scheme: z.enum(insuranceSchemes),
  status: z.enum(['submitted', 'accepted', 'out-done']),
  version: z.number().int(),
  previousDeadlineOn: isoDate,
  deadlineOn: isoDate,
  deadlineProvisional: z.boolean(),
  arrangementYear: z.number().int(),
});

/**
 * The message for a moved deadline, with where it goes; read in the handler's transaction.
 * Undefined when a step was taken since the deadline moved (the application has another
 * version): the applicant has been told of that step and of its own deadline.
 */
export async function composeDeadlineMovedNotice(
  tx: Tx,
  cipher: FieldCipher,
  event: DomainEvent,
): Promise<
  | { personId: string; applicationId: string; contactPhone: string; message: TransferStepMessage }
  | undefined
> {
  const parsed = payloadSchema.safeParse(event.payload);
  if (!parsed.success) throw new Error(`Event ${event.id} (${event.name}) has no moved deadline`);
  const { applicationId, personId, status, version } = parsed.data;
  const step = await getStepForApplicantNotice({
    db: tx,
    cipher,
    personId,
    applicationId,
    step: status,
  });
  if (!step || step.applicationVersion !== version) return undefined;
  return {
    personId,
    applicationId,
    contactPhone: step.contactPhone,
    message: deadlineMovedMessage(parsed.data),
  };
}
