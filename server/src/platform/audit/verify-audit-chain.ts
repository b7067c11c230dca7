import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { auditEntryHash } from './audit-hash.ts';
import { auditLog } from './audit.tables.ts';

export type AuditChainReport =
  | { ok: true; entries: number }
  | {
      ok: false;
      entries: number;
      brokenAt: { seq: number; id: string; reason: 'hash-mismatch' | 'broken-link' };
    };

/**
 * Walks the whole audit log in chain order and reports the first entry whose hash does not match
 * its content or whose link does not point at the entry before it.
 */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<AuditChainReport> {
  let previousHash: string | null = null;
  let afterSeq = 0;
  let entries = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, afterSeq))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    for (const row of batch) {
      if (row.prevHash !== previousHash) {
        return {
          ok: false,
          entries,
          brokenAt: { seq: row.seq, id: row.id, reason: 'broken-link' },
        };
      }
      if (auditEntryHash(row) !== row.hash) {
        return {
          ok: false,
          entries,
          brokenAt: { seq: row.seq, id: row.id, reason: 'hash-mismatch' },
        };
      }
      previousHash = row.hash;
      entries += 1;
    }
    if (batch.length < batchSize) return { ok: true, entries };
    afterSeq = batch[batch.length - 1]!.seq;
  }
}
