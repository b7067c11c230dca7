export { adminRoutes } from './admin.routes.ts';
export { verifyAuditLog } from './queries/verify-audit-log.ts';
