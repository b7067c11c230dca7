import type { Executor } from '../../../platform/db/database.ts';
import { TRANSFER_APPLICATION_REFERENCE } from '../commands/post-fund-transfer.ts';
import { differenceFromComputed, type FundTransfer } from '../fund-transfer-lines.ts';
import { selectEntryByReference, selectLinesOfEntries } from '../ledger.repository.ts';

/** Whether the ledger holds exactly the transfer's funds, and if not, how it differs. */
export type FundTransferPosting =
  { posted: true; entryId: string | null } | { posted: false; detail: string };

/**
 * Checks that the funds of a computed transfer are in the ledger exactly as computed, as the
 * transfer-in agency does before it completes the transfer (DOMAIN.md §3 step 4: "verifies
 * funds"). A transfer that moves nothing has no entry and is posted (`entryId` null); the
 * verifier applies the same rule to the whole ledger.
 */
export async function checkFundTransferPosted(
  db: Executor,
  transfer: FundTransfer,
): Promise<FundTransferPosting> {
  const entry = await selectEntryByReference(db, {
    kind: 'fund-transfer',
    referenceType: TRANSFER_APPLICATION_REFERENCE,
    referenceId: transfer.applicationId,
  });
  const lines = entry ? await selectLinesOfEntries(db, [entry.id]) : [];
  const difference = differenceFromComputed(transfer, lines);
  if (difference) return { posted: false, detail: difference };
  return { posted: true, entryId: entry?.id ?? null };
}
