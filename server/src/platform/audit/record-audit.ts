import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { newId } from '../ids.ts';
import { auditEntryHashAfter } from './audit-hash.ts';

/** Who did something: a person, a staff member, a machine client or an operator's command. */
export interface Actor {
  type: 'citizen' | 'employer' | 'staff' | 'admin' | 'department' | 'cli' | 'system';
  id: string;
}

/** What an audit entry says: who did what to which subject, with details. */
export interface AuditEntry {
  actor: Actor;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

/** Appends one entry to the audit log inside the caller's transaction (see recordAuditEntries). */
export async function recordAudit(
  tx: Tx,
  entry: AuditEntry,
): Promise<{ id: string; hash: string }> {
  const [appended] = await recordAuditEntries(tx, [entry]);
  return appended!;
}

/**
 * Appends entries to the audit log inside the caller's transaction, in the given order, each
 * chained to the one before it, in one round trip: the database function audit_append (migration
 * 0014) takes the chain's lock, held until that transaction ends so that the chain never forks,
 * reads the last hash in a statement of its own (one that sees what the previous holder committed
 * while we waited) and computes each entry's hash exactly as auditEntryHash does
 * (verifyAuditChain checks it).
 *
 * Every audited change in the platform waits for that lock, so the time it is held bounds their
 * throughput: callers append last in their transaction, so that it is held for this one statement
 * and the commit. Writers that batch their changes (transfers' submissions) append a batch's
 * entries at once.
 */
export async function recordAuditEntries(
  tx: Tx,
  entries: readonly AuditEntry[],
): Promise<{ id: string; hash: string }[]> {
  if (entries.length === 0) return [];
  const { rows: appended } = await tx.execute<{ id: string; hash: string }>(
    recordAuditEntriesQuery(entries),
  );
  return appended;
}

/**
 * The query that appends entries, for a caller that writes them as part of a larger statement
 * (platform/db/one-statement.ts): the lock is then held from that statement until its commit.
 * It yields the id and hash of each entry, in chain order.
 */
export function recordAuditEntriesQuery(entries: readonly AuditEntry[]): SQL {
  // Millisecond precision: what is hashed must be exactly what timestamptz gives back.
  const occurredAt = new Date();
  const rows = entries.map((entry, ord) => {
    const content = {
      id: newId(),
      occurredAt,
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      data: entry.data ?? {},
    };
    const { prefix, suffix } = auditEntryHashAfter(content);
    return {
      ord,
      id: content.id,
      occurred_at: occurredAt.toISOString(),
      actor_type: content.actorType,
      actor_id: content.actorId,
      action: content.action,
      subject_type: content.subjectType,
      subject_id: content.subjectId,
      data: content.data,
      prefix,
      suffix,
    };
  });
  return sql`select appended_id as id, appended_hash as hash
    from audit_append(${JSON.stringify(rows)}::jsonb)`;
}
