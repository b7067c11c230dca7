import { maskPersonalDataInText } from '../../../../../domain/identifiers/index.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { findStaffUsernames } from '../../staff/index.ts';
import { selectAuditEntries, type AuditLogFilter } from '../audit-log.repository.ts';
import { presentAuditEntry } from '../audit-log.presenter.ts';

/**
 * One page of the audit log, newest first, with the user names of staff actors; `nextBefore`
 * continues with the older entries (null on the last page). The read is itself audited
 * (`audit-log.read`: who, with which filter, how many entries) before the page is handed out,
 * so no page leaves without its entry; it is appended after the read, which it does not show.
 */
export async function listAuditEntries({
  db,
  actor,
  filter,
  limit,
}: {
  db: Db;
  actor: Actor;
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
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: 'audit-log.read',
      subjectType: 'audit-log',
      subjectId: 'audit-log',
      data: { filter: filterOnRecord(filter), limit, returned: page.length },
    }),
  );
  return {
    entries: page.map((row) => presentAuditEntry(row, usernames)),
    nextBefore: rows.length > limit ? page[page.length - 1]!.seq : null,
  };
}

/**
 * The filter as the entry keeps it: only what was given, free text masked — an ID or phone
 * number typed into a filter must not end up in the log in clear.
 */
function filterOnRecord(filter: AuditLogFilter): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(filter).flatMap(([key, value]) =>
      value === undefined
        ? []
        : [[key, typeof value === 'string' ? maskPersonalDataInText(value) : value]],
    ),
  );
}
