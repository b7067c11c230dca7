import type { Actor } from '../../../platform/audit/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import type { JournalEntryKind } from '../fund-accounts.ts';
import type { FundMovement } from '../fund-transfer-lines.ts';
import { journalEntryHash } from '../ledger-hash.ts';
import {
  ensureAccounts,
  insertEntry,
  insertLines,
  lockLedgerChain,
  selectLastEntryHash,
} from '../ledger.repository.ts';

/**
 * Appends one balanced entry to the ledger inside the caller's transaction, chained to the entry
 * before it. The append lock is held until that transaction ends, so the chain never forks; the
 * database checks at commit that the lines sum to zero.
 */
export async function postJournalEntry(
  tx: Tx,
  entry: {
    kind: JournalEntryKind;
    referenceType: string;
    referenceId: string;
    description: string;
    actor: Actor;
    at: Date;
    lines: readonly FundMovement[];
  },
): Promise<{ id: string; seq: number; hash: string }> {
  await lockLedgerChain(tx);
  const prevHash = await selectLastEntryHash(tx);
  const accountOf = await ensureAccounts(tx, entry.lines, entry.at);
  const lines = entry.lines.map((line, index) => ({ ...line, lineNo: index + 1 }));
  const content = {
    id: newId(),
    // Millisecond precision: what is hashed must be exactly what timestamptz gives back.
    postedAt: new Date(entry.at.getTime()),
    kind: entry.kind,
    referenceType: entry.referenceType,
    referenceId: entry.referenceId,
    description: entry.description,
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    prevHash,
    lines,
  };
  const hash = journalEntryHash(content);
  const { lines: _lines, ...row } = content;
  const { seq } = await insertEntry(tx, { ...row, hash });
  await insertLines(
    tx,
    lines.map((line) => ({
      id: newId(),
      entryId: content.id,
      lineNo: line.lineNo,
      accountId: accountOf(line),
      amountFen: line.amountFen,
    })),
  );
  return { id: content.id, seq, hash };
}
