import type { AuditLogQuery } from '../../api/admin.ts';

/** The audit log page's filters and page, as its address holds them. */
export interface AuditSearch {
  action: string;
  actorType: string;
  subjectType: string;
  subjectId: string;
  before: number | null;
}

export const actorTypes = [
  'citizen',
  'employer',
  'staff',
  'admin',
  'department',
  'cli',
  'system',
] as const;
type ActorType = (typeof actorTypes)[number];
const isActorType = (value: string): value is ActorType =>
  (actorTypes as readonly string[]).includes(value);

/** Reads the filters from the address, ignoring anything malformed. */
export function parseAuditSearch(params: URLSearchParams): AuditSearch {
  const text = (name: string, max: number) => (params.get(name) ?? '').trim().slice(0, max);
  const before = Number(params.get('before'));
  const actorType = text('actorType', 20);
  return {
    action: text('action', 80),
    actorType: isActorType(actorType) ? actorType : '',
    subjectType: text('subjectType', 80),
    subjectId: text('subjectId', 120),
    before: Number.isInteger(before) && before > 0 ? before : null,
  };
}

/** The address's query string for these filters (empty ones left out). */
export function auditSearchString(search: AuditSearch): string {
  const params = new URLSearchParams();
  if (search.action) params.set('action', search.action);
  if (search.actorType) params.set('actorType', search.actorType);
  if (search.subjectType) params.set('subjectType', search.subjectType);
  if (search.subjectId) params.set('subjectId', search.subjectId);
  if (search.before !== null) params.set('before', String(search.before));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The API query for these filters, one page of `limit` entries. */
export function auditQuery(search: AuditSearch, limit: number): AuditLogQuery {
  return {
    limit,
    ...(search.action ? { action: search.action } : {}),
    ...(isActorType(search.actorType) ? { actorType: search.actorType } : {}),
    ...(search.subjectType ? { subjectType: search.subjectType } : {}),
    ...(search.subjectId ? { subjectId: search.subjectId } : {}),
    ...(search.before !== null ? { before: search.before } : {}),
  };
}
