import type { Actor } from '../../../platform/audit/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { fundTransferMovements, type FundTransfer } from '../fund-transfer-lines.ts';
import { lockLedgerChain, selectEntryByReference } from '../ledger.repository.ts';
import { postJournalEntry } from './post-journal-entry.ts';

/** Journal entries of fund transfers refer to the transfer application by this type. */
export const TRANSFER_APPLICATION_REFERENCE = 'transfer-application';

/**
 * Posts the funds of a transfer (基金转移) inside the transfer-out agency's transaction: out of
 * the transfer-out region's pooled fund and individual-accounts fund, into the same funds of the
 * transfer-in region — up to four lines that sum to zero, so the sum of all fund balances does
 * not change. A transfer is posted once (409 FUND_TRANSFER_ALREADY_POSTED); when both amounts
 * are zero nothing moves and no entry is posted. The caller's command writes the audit record
 * and the event of the step this posting belongs to.
 */
export async function postFundTransfer(
  tx: Tx,
  transfer: FundTransfer & { actor: Actor; at: Date },
): Promise<{ entryId: string; seq: number } | { entryId: null }> {
  const lines = fundTransferMovements(transfer);
  const reference = {
    kind: 'fund-transfer' as const,
    referenceType: TRANSFER_APPLICATION_REFERENCE,
    referenceId: transfer.applicationId,
  };
  // Under the append lock, the check below cannot race another posting of the same transfer;
  // the unique key on the reference is the database's own guarantee.
  await lockLedgerChain(tx);
  const existing = await selectEntryByReference(tx, reference);
  if (existing) {
    throw new AppError('FUND_TRANSFER_ALREADY_POSTED', {
      details: { applicationId: transfer.applicationId, entryId: existing.id },
    });
  }
  if (lines.length === 0) return { entryId: null };
  const entry = await postJournalEntry(tx, {
    ...reference,
    description: `基金转移 fund transfer, ${transfer.scheme}: ${transfer.fromRegionCode} → ${transfer.toRegionCode}`,
    actor: transfer.actor,
    at: transfer.at,
    lines,
  });
  return { entryId: entry.id, seq: entry.seq };
}
