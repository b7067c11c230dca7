import { recordAudit, verifyAuditChain, type Actor } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';

/**
 * Checks the audit log's hash chain and names the first broken link (as `npx shebao audit
 * verify`). Walking the chain reads every entry, so the check is audited like any read
 * (`audit-log.verified`, with its result) before the report is handed out; the entry is appended
 * after the walk, outside the lock every audited change waits for.
 */
export async function verifyAuditLog({ db, actor }: { db: Db; actor: Actor }) {
  const report = await verifyAuditChain(db);
  const verifiedAt = new Date().toISOString();
  const result = {
    ok: report.ok,
    entries: report.entries,
    brokenAt: report.ok ? null : report.brokenAt,
  };
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: 'audit-log.verified',
      subjectType: 'audit-log',
      subjectId: 'audit-log',
      data: result,
    }),
  );
  return { ...result, verifiedAt };
}
