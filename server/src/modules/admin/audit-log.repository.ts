import { and, desc, eq, like, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/database.ts';

export type AuditEntryRow = typeof auditLog.$inferSelect;

export interface AuditLogFilter {
  /** Entries whose action starts with this, e.g. `staff.` or `online-transfer.opened`. */
  actionPrefix?: string | undefined;
  actorType?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  /** Only entries older than this chain position (keyset paging, newest first). */
  beforeSeq?: number | undefined;
}

/** One page of audit entries, newest first; reads only (the log is append-only). */
export async function selectAuditEntries(
  db: Executor,
  filter: AuditLogFilter,
  limit: number,
): Promise<AuditEntryRow[]> {
  const conditions: SQL[] = [];
  if (filter.actionPrefix)
    conditions.push(like(auditLog.action, `${escapeLike(filter.actionPrefix)}%`));
  if (filter.actorType) conditions.push(eq(auditLog.actorType, filter.actorType));
  if (filter.subjectType) conditions.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.subjectId) conditions.push(eq(auditLog.subjectId, filter.subjectId));
  if (filter.beforeSeq !== undefined) conditions.push(lt(auditLog.seq, filter.beforeSeq));
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}

/** A prefix is matched literally: `%` and `_` typed in a filter are not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
