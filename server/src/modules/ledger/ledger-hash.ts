import { createHash } from 'node:crypto';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import { canonicalJson } from '../../platform/audit/index.ts';
import type { FundAccountKind } from './fund-accounts.ts';

/** A line as it is hashed: the account by what it is (region, scheme, kind), not by its id. */
export interface HashedLine {
  lineNo: number;
  regionCode: string;
  scheme: InsuranceScheme;
  accountKind: FundAccountKind;
  amountFen: bigint;
}

export interface JournalEntryContent {
  id: string;
  postedAt: Date;
  kind: string;
  referenceType: string;
  referenceId: string;
  description: string;
  actorType: string;
  actorId: string;
  prevHash: string | null;
  lines: readonly HashedLine[];
}

/**
 * SHA-256 over the previous entry's hash, every field of the entry and every line in line order.
 * Naming each line's fund rather than its account id means a changed account row breaks the hash
 * of every entry that used it.
 */
export function journalEntryHash(entry: JournalEntryContent): string {
  const lines = [...entry.lines]
    .sort((a, b) => a.lineNo - b.lineNo)
    .map((line) => [
      line.lineNo,
      line.regionCode,
      line.scheme,
      line.accountKind,
      line.amountFen.toString(),
    ]);
  return createHash('sha256')
    .update(
      canonicalJson([
        entry.prevHash,
        entry.id,
        entry.postedAt.toISOString(),
        entry.kind,
        entry.referenceType,
        entry.referenceId,
        entry.description,
        entry.actorType,
        entry.actorId,
        lines,
      ]),
    )
    .digest('hex');
}
