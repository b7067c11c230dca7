import { createHash } from 'node:crypto';

export interface AuditContent {
  id: string;
  occurredAt: Date;
  actorType: string;
  actorId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
  prevHash: string | null;
}

/** JSON with object keys sorted, so that a value read back from jsonb hashes as it was written. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** SHA-256 over the previous link's hash and every field of the entry. */
export function auditEntryHash(entry: AuditContent): string {
  const { prefix, suffix } = auditEntryHashAfter(entry);
  return createHash('sha256')
    .update(`${prefix}${canonicalJson(entry.prevHash)}${suffix}`)
    .digest('hex');
}

/**
 * What is hashed, around the previous hash: `prefix + JSON of the previous hash + suffix` is the
 * canonical JSON array `[prevHash, id, occurredAt, …, data]`. recordAudit joins them in
 * PostgreSQL, which reads the previous hash in the same statement as it appends the entry.
 */
export function auditEntryHashAfter(entry: Omit<AuditContent, 'prevHash'>): {
  prefix: string;
  suffix: string;
} {
  const fields = canonicalJson([
    entry.id,
    entry.occurredAt.toISOString(),
    entry.actorType,
    entry.actorId,
    entry.action,
    entry.subjectType,
    entry.subjectId,
    entry.data,
  ]);
  return { prefix: '[', suffix: `,${fields.slice(1)}` };
}
