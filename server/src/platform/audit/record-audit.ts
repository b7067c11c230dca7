import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { newId } from '../ids.ts';
import { auditEntryHash } from './audit-hash.ts';
import { auditLog } from './audit.tables.ts';

/** Who did something: a person, a staff member, a machine client or an operator's command. */
export interface Actor {
  type: 'citizen' | 'employer' | 'staff' | 'admin' | 'department' | 'cli' | 'system';
  id: string;
}

/** Any fixed 64-bit number; it names the lock that serialises appends to the chain. */
const AUDIT_CHAIN_LOCK = 7_338_201_001;

/**
 * Appends one entry to the audit log inside the caller's transaction, chained to the previous
 * entry. The lock is held until that transaction ends, so the chain never forks.
 */
export async function recordAudit(
  tx: Tx,
  entry: {
    actor: Actor;
    action: string;
    subjectType: string;
    subjectId: string;
    data?: Record<string, unknown>;
  },
): Promise<{ id: string; hash: string }> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const content = {
    id: newId(),
    // Millisecond precision: what is hashed must be exactly what timestamptz gives back.
    occurredAt: new Date(),
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    data: entry.data ?? {},
    prevHash: last?.hash ?? null,
  };
  const hash = auditEntryHash(content);
  await tx.insert(auditLog).values({ ...content, hash });
  return { id: content.id, hash };
}
