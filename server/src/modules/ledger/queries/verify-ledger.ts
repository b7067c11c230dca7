import type { Db, Executor } from '../../../platform/db/database.ts';
import { differenceFromComputed, type FundTransfer } from '../fund-transfer-lines.ts';
import { TRANSFER_APPLICATION_REFERENCE } from '../commands/post-fund-transfer.ts';
import { journalEntryHash } from '../ledger-hash.ts';
import {
  selectEntriesAfter,
  selectLinesOfEntries,
  selectStrayLine,
  selectTotalOfAllLines,
  type EntryRow,
  type LineWithFund,
} from '../ledger.repository.ts';

/**
 * The transfers the transfer process computed and whose funds should be in the ledger: a list,
 * or a provider that reads them inside the verifier's snapshot (so a transfer committed during
 * the run is seen on both sides or on neither).
 */
export type ExpectedFundTransfers =
  | Iterable<FundTransfer>
  | AsyncIterable<FundTransfer>
  | ((db: Executor) => Iterable<FundTransfer> | AsyncIterable<FundTransfer>);

export type LedgerProblemReason =
  | 'broken-link'
  | 'hash-mismatch'
  | 'unbalanced'
  | 'transfer-not-computed'
  | 'transfer-amounts-differ'
  | 'transfer-posted-twice'
  | 'transfer-not-posted'
  | 'stray-line'
  | 'total-not-zero';

export interface LedgerProblem {
  reason: LedgerProblemReason;
  /** The first bad entry, when the problem is in one. */
  entry?: { seq: number; id: string; referenceType: string; referenceId: string };
  /** The transfer application concerned, for the transfer checks. */
  applicationId?: string;
  detail: string;
}

export type LedgerReport =
  | { ok: true; entries: number; transfers: number }
  /** `entries`: how many entries before the problem are intact. */
  | { ok: false; entries: number; problem: LedgerProblem };

/**
 * Proves that fund transfers never created or destroyed money and that each moved exactly what
 * was computed: walks the chain in order and reports the first entry that is unlinked, altered,
 * unbalanced or not what its transfer computed; then any line outside the chain, a non-zero sum
 * of all balances, and any computed transfer that was never posted. One read-only snapshot.
 */
export async function verifyLedger(
  db: Db,
  expected: ExpectedFundTransfers,
  options: { batchSize?: number } = {},
): Promise<LedgerReport> {
  return db.transaction(
    async (tx) => {
      const computed = new Map<string, FundTransfer>();
      const source = typeof expected === 'function' ? expected(tx) : expected;
      for await (const transfer of source) computed.set(transfer.applicationId, transfer);

      const posted = new Set<string>();
      const walked = await walkChain(tx, computed, posted, options.batchSize ?? 1000);
      if (!walked.ok) return walked;
      const { entries, transfers } = walked;

      const stray = await selectStrayLine(tx);
      if (stray) {
        const detail = `line ${stray.id} names entry ${stray.entryId}, which is not in the chain, or an account that does not exist`;
        return { ok: false, entries, problem: { reason: 'stray-line', detail } };
      }
      const total = await selectTotalOfAllLines(tx);
      if (total !== 0n) {
        const detail = `the balances of all funds sum to ${total} fen instead of 0`;
        return { ok: false, entries, problem: { reason: 'total-not-zero', detail } };
      }
      for (const transfer of computed.values()) {
        if (posted.has(transfer.applicationId)) continue;
        const missing = differenceFromComputed(transfer, []);
        if (missing) {
          const { applicationId } = transfer;
          const detail = `transfer application ${applicationId} has no ledger entry: ${missing}`;
          const problem = { reason: 'transfer-not-posted' as const, applicationId, detail };
          return { ok: false, entries, problem };
        }
      }
      return { ok: true, entries, transfers };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Checks every entry in chain order, adding each transfer application found to `posted`. */
async function walkChain(
  tx: Executor,
  computed: ReadonlyMap<string, FundTransfer>,
  posted: Set<string>,
  batchSize: number,
): Promise<LedgerReport> {
  let previousHash: string | null = null;
  let afterSeq = 0;
  let entries = 0;
  let transfers = 0;
  for (;;) {
    const batch = await selectEntriesAfter(tx, afterSeq, batchSize);
    const lines = new Map<string, LineWithFund[]>();
    for (const line of await selectLinesOfEntries(
      tx,
      batch.map((entry) => entry.id),
    )) {
      lines.set(line.entryId, [...(lines.get(line.entryId) ?? []), line]);
    }
    for (const entry of batch) {
      const entryLines = lines.get(entry.id) ?? [];
      const problem = checkEntry(entry, entryLines, previousHash, computed, posted);
      if (problem) return { ok: false, entries, problem };
      if (entry.kind === 'fund-transfer') {
        posted.add(entry.referenceId);
        transfers += 1;
      }
      previousHash = entry.hash;
      entries += 1;
    }
    if (batch.length < batchSize) return { ok: true, entries, transfers };
    afterSeq = batch[batch.length - 1]!.seq;
  }
}

/** The first thing wrong with one entry, or undefined. */
function checkEntry(
  entry: EntryRow,
  lines: readonly LineWithFund[],
  previousHash: string | null,
  computed: ReadonlyMap<string, FundTransfer>,
  posted: ReadonlySet<string>,
): LedgerProblem | undefined {
  const at = {
    seq: entry.seq,
    id: entry.id,
    referenceType: entry.referenceType,
    referenceId: entry.referenceId,
  };
  const problem = (reason: LedgerProblemReason, detail: string): LedgerProblem => ({
    reason,
    entry: at,
    ...(entry.kind === 'fund-transfer' ? { applicationId: entry.referenceId } : {}),
    detail,
  });
  if (entry.prevHash !== previousHash) {
    return problem('broken-link', 'it does not link to the entry before it');
  }
  if (journalEntryHash({ ...entry, lines }) !== entry.hash) {
    return problem('hash-mismatch', 'its content or one of its lines was changed');
  }
  const sum = lines.reduce((total, line) => total + line.amountFen, 0n);
  if (lines.length < 2 || sum !== 0n) {
    return problem('unbalanced', `its ${lines.length} lines sum to ${sum} fen instead of 0`);
  }
  if (entry.kind !== 'fund-transfer') return undefined;
  const transfer =
    entry.referenceType === TRANSFER_APPLICATION_REFERENCE
      ? computed.get(entry.referenceId)
      : undefined;
  if (posted.has(entry.referenceId)) {
    return problem(
      'transfer-posted-twice',
      `an earlier entry already moved the funds of this transfer`,
    );
  }
  if (!transfer) {
    return problem(
      'transfer-not-computed',
      `it moves money for ${entry.referenceType} ${entry.referenceId}, for which no transfer was computed`,
    );
  }
  const difference = differenceFromComputed(transfer, lines);
  return difference ? problem('transfer-amounts-differ', difference) : undefined;
}
