import type { InsuranceScheme } from '../../../domain/schemes.ts';
import { api } from './client.ts';
import type { components, paths } from './schema.d.ts';
import { unwrap } from './unwrap.ts';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type StaffAccountList = Json<paths['/api/v1/admin/staff-accounts']['get']['responses'][200]>;
export type ManagedStaffAccount = StaffAccountList['accounts'][number];
export type NewStaffAccount = Body<paths['/api/v1/admin/staff-accounts']['post']>;
export type CreatedStaffAccount = Json<
  paths['/api/v1/admin/staff-accounts']['post']['responses'][201]
>;
export type Opening = components['schemas']['OnlineTransferOpening'];
export type OpeningList = Json<paths['/api/v1/admin/regions/openings']['get']['responses'][200]>;
export type DeadlineSettings = components['schemas']['DeadlineSettings'];
export type SecuritySettings = components['schemas']['SecuritySettings'];
export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditLogPage = Json<paths['/api/v1/admin/audit-log']['get']['responses'][200]>;
export type AuditLogQuery = NonNullable<
  paths['/api/v1/admin/audit-log']['get']['parameters']['query']
>;
export type AuditChainVerification = components['schemas']['AuditChainVerification'];

/** Every staff account (sysadmin). */
export async function listStaffAccounts(signal?: AbortSignal): Promise<StaffAccountList> {
  return unwrap(api.GET('/api/v1/admin/staff-accounts', { signal }));
}

/** Creates a staff account; the answer holds its activation code, shown only this once. */
export async function createStaffAccount(body: NewStaffAccount): Promise<CreatedStaffAccount> {
  return unwrap(api.POST('/api/v1/admin/staff-accounts', { body }));
}

/** Disables an account seen at `version`: its sessions end at once. */
export async function disableStaffAccount(
  staffId: string,
  version: number,
): Promise<ManagedStaffAccount> {
  return unwrap(
    api.POST('/api/v1/admin/staff-accounts/{staffId}/disable', {
      params: { path: { staffId } },
      body: { version },
    }),
  );
}

/** The online transfer openings of one region (every scheme). */
export async function listRegionOpenings(
  regionCode: string,
  signal?: AbortSignal,
): Promise<OpeningList> {
  return unwrap(
    api.GET('/api/v1/admin/regions/openings', { params: { query: { regionCode } }, signal }),
  );
}

/** Opens a region for a scheme from a date; `expectedOpenSince` is the date the page showed. */
export async function openRegion(
  regionCode: string,
  body: { scheme: InsuranceScheme; openSince: string; expectedOpenSince: string | null },
) {
  return unwrap(
    api.POST('/api/v1/admin/regions/{regionCode}/openings', {
      params: { path: { regionCode } },
      body,
    }),
  );
}

/** Closes a region for a scheme that the page showed open since `expectedOpenSince`. */
export async function closeRegion(
  regionCode: string,
  scheme: InsuranceScheme,
  expectedOpenSince: string,
) {
  return unwrap(
    api.POST('/api/v1/admin/regions/{regionCode}/openings/{scheme}/close', {
      params: { path: { regionCode, scheme } },
      body: { expectedOpenSince },
    }),
  );
}

export async function getDeadlineSettings(signal?: AbortSignal): Promise<DeadlineSettings> {
  return unwrap(api.GET('/api/v1/admin/settings/deadlines', { signal }));
}

export async function saveDeadlineSettings(body: {
  dueSoonWorkingDays: number;
  version: number;
}): Promise<DeadlineSettings> {
  return unwrap(api.PUT('/api/v1/admin/settings/deadlines', { body }));
}

export async function getSecuritySettings(signal?: AbortSignal): Promise<SecuritySettings> {
  return unwrap(api.GET('/api/v1/admin/settings/security', { signal }));
}

export async function saveSecuritySettings(body: {
  passwordRotationDays: number | null;
  version: number;
}): Promise<SecuritySettings> {
  return unwrap(api.PUT('/api/v1/admin/settings/security', { body }));
}

/** One page of the audit log, newest first. */
export async function getAuditLog(
  query: AuditLogQuery,
  signal?: AbortSignal,
): Promise<AuditLogPage> {
  return unwrap(api.GET('/api/v1/admin/audit-log', { params: { query }, signal }));
}

/** Verifies the whole hash chain of the audit log. */
export async function verifyAuditLog(signal?: AbortSignal): Promise<AuditChainVerification> {
  return unwrap(api.GET('/api/v1/admin/audit-log/verification', { signal }));
}
