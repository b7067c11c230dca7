import type { z } from 'zod';
import { maskPersonalDataInText } from '../../../../domain/identifiers/index.ts';
import type { AuditEntryRow } from './audit-log.repository.ts';
import type { auditEntrySchema } from './audit-log.schemas.ts';

/**
 * An audit entry as the audit administrator reads it. Entries should hold no ID or phone number;
 * should one have slipped in, every string of the data is masked all the same (SECURITY.md: masks
 * in every response).
 */
export function presentAuditEntry(
  row: AuditEntryRow,
  usernames: ReadonlyMap<string, string>,
): z.infer<typeof auditEntrySchema> {
  const isStaff = row.actorType === 'staff' || row.actorType === 'admin';
  return {
    seq: row.seq,
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actor: {
      type: row.actorType,
      id: maskPersonalDataInText(row.actorId),
      username: isStaff ? (usernames.get(row.actorId) ?? null) : null,
    },
    action: row.action,
    subjectType: row.subjectType,
    subjectId: maskPersonalDataInText(row.subjectId),
    data: maskStrings(row.data) as Record<string, unknown>,
    hash: row.hash,
  };
}

function maskStrings(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalDataInText(value);
  if (typeof value === 'number') {
    // A phone number stored as a number would be just as readable.
    const masked = maskPersonalDataInText(String(value));
    return masked === String(value) ? value : masked;
  }
  if (Array.isArray(value)) return value.map(maskStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskStrings(v)]));
  }
  return value;
}
