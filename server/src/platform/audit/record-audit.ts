import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { newId } from '../ids.ts';
import { auditEntryHashAfter } from './audit-hash.ts';

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
 *
 * Every audited change in the platform waits for that lock, so the time it is held bounds their
 * throughput: the entry is appended in one statement that reads the previous hash and computes
 * its own in PostgreSQL, exactly as auditEntryHash does (verifyAuditChain checks it). The read
 * must be a statement of its own after the lock's: a statement sees what was committed when it
 * started, and the previous holder commits while we wait.
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
  };
  const { prefix, suffix } = auditEntryHashAfter(content);
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const { rows } = await tx.execute<{ hash: string }>(sql`
    insert into audit_log (id, occurred_at, actor_type, actor_id, action, subject_type,
        subject_id, data, prev_hash, hash)
    select ${content.id}, ${content.occurredAt.toISOString()}, ${content.actorType},
        ${content.actorId}, ${content.action}, ${content.subjectType}, ${content.subjectId},
        ${JSON.stringify(content.data)}::jsonb, previous.hash,
        encode(sha256(convert_to(
          ${prefix}::text || coalesce(to_json(previous.hash)::text, 'null') || ${suffix}::text,
          'UTF8')), 'hex')
      from (select (select hash from audit_log order by seq desc limit 1) as hash) as previous
    returning hash`);
  return { id: content.id, hash: rows[0]!.hash };
}
