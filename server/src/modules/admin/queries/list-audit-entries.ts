import type { Db } from '../../../platform/db/database.ts';
import { findStaffUsernames } from '../../staff/index.ts';
import { selectAuditEntries, type AuditLogFilter } from '../audit-log.repository.ts';
import { presentAuditEntry } from '../audit-log.presenter.ts';

/**
 * One page of the audit log, newest first, with the user names of staff actors; `nextBefore`
 * continues with the older entries (null on the last page).
 */
export async function listAuditEntries({
  db,
  filter,
  limit,
}: {
  db: Db;
  filter: AuditLogFilter;
  limit: number;
}) {
  // One more than asked tells whether an older page exists.
  const rows = await selectAuditEntries(db, filter, limit + 1);
  const page = rows.slice(0, limit);
  const usernames = await findStaffUsernames(
    db,
    page
      .filter((row) => row.actorType === 'staff' || row.actorType === 'admin')
      .map((r) => r.actorId),
  );
  return {
    entries: page.map((row) => presentAuditEntry(row, usernames)),
    nextBefore: rows.length > limit ? page[page.length - 1]!.seq : null,
  };
}
