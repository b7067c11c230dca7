import type { TransferApplicationActionKind } from '../../../../domain/transfer/application-status.ts';
import { OPEN_STATUSES } from '../../../../domain/transfer/application-status.ts';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import { isProvisionalDeadline, workingDaysLeft } from './deadline.ts';
import type { ActionRow, ApplicationRow } from './transfers.repository.ts';

/** An application with its history, as the applicant's own pages show it (before masking). */
export interface TransferApplicationView {
  application: ApplicationRow;
  contactPhone: string;
  agentPhone: string | null;
  /** Newest first. */
  actions: ActionRow[];
  /** The next step's legal deadline while the application is open. */
  nextStep: {
    action: TransferApplicationActionKind;
    deadlineOn: string;
    workingDaysLeft: number | null;
    /** Its year's holiday arrangement is not loaded yet: counted by the statutory holidays. */
    deadlineProvisional: boolean;
  } | null;
}

/** The view of an application from its row and its actions (oldest first), seen on `today`. */
export function toView(
  application: ApplicationRow,
  oldestFirst: ActionRow[],
  cipher: FieldCipher,
  today: string,
): TransferApplicationView {
  const actions = [...oldestFirst].reverse();
  const latest = actions[0];
  const open = OPEN_STATUSES.includes(application.status);
  return {
    application,
    contactPhone: cipher.decrypt(application.contactPhoneEncrypted),
    agentPhone: application.agentPhoneEncrypted
      ? cipher.decrypt(application.agentPhoneEncrypted)
      : null,
    actions,
    // The application's deadline, not the action's: counted again after a holiday arrangement
    // is loaded, where the action keeps the one it set (DECISIONS 39).
    nextStep:
      open && latest && application.nextDeadlineOn
        ? {
            action: latest.action,
            deadlineOn: application.nextDeadlineOn,
            workingDaysLeft: workingDaysLeft(today, application.nextDeadlineOn),
            deadlineProvisional: isProvisionalDeadline(application.nextDeadlineOn),
          }
        : null,
  };
}
