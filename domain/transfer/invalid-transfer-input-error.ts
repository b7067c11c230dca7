import type { TransferInputIssue } from './types.ts';

/**
 * Thrown by calculateTransfer when the request has problems; the HTTP layer checks with
 * validateHistory first and answers with the same list, so this only guards against misuse.
 */
export class InvalidTransferInputError extends Error {
  override readonly name = 'InvalidTransferInputError';

  constructor(
    /** Every problem found, as validateHistory lists them. */
    readonly issues: readonly TransferInputIssue[],
  ) {
    super(
      `The transfer cannot be calculated: ${issues.map((i) => `${i.path} ${i.code}`).join(', ')}`,
    );
  }
}
