import { z } from 'zod';
import { isDateCovered } from '../../../../../domain/calendar/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { DomainEvent } from '../../../platform/events/index.ts';
import { getStepForApplicantNotice } from '../../transfers/index.ts';
import {
  transferStepMessage,
  type NotifiedTransferStep,
  type TransferStepMessage,
} from '../transfer-step-messages.ts';

// The part of a `transfer-application.<step>` event's payload the notices need.
const payloadSchema = z.object({ applicationId: z.uuid(), personId: z.uuid() });

/** The message for a transfer step event, with where it goes; read in the handler's transaction. */
export async function composeTransferStepNotice(
  tx: Tx,
  cipher: FieldCipher,
  step: NotifiedTransferStep,
  event: DomainEvent,
): Promise<{
  personId: string;
  applicationId: string;
  contactPhone: string;
  message: TransferStepMessage;
}> {
  const parsed = payloadSchema.safeParse(event.payload);
  if (!parsed.success) throw new Error(`Event ${event.id} (${event.name}) has no application`);
  const { applicationId, personId } = parsed.data;
  const facts = await getStepForApplicantNotice({
    db: tx,
    cipher,
    personId,
    applicationId,
    step,
  });
  // The step is written in the transaction that emitted the event, so it is always there.
  if (!facts) throw new Error(`Event ${event.id}: application ${applicationId} has no ${step}`);
  return {
    personId,
    applicationId,
    contactPhone: facts.contactPhone,
    message: transferStepMessage({
      step,
      scheme: facts.scheme,
      deadlineOn: facts.deadlineOn,
      deadlineProvisional: facts.deadlineOn !== null && !isDateCovered(facts.deadlineOn),
      reasonCode: facts.reasonCode,
      byAgency: facts.byAgency,
      afterAcceptance: facts.afterAcceptance,
    }),
  };
}
