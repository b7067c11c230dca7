export {
  recordAudit,
  recordAuditEntries,
  recordAuditEntriesQuery,
  type Actor,
  type AuditEntry,
} from './record-audit.ts';
export { verifyAuditChain, type AuditChainReport } from './verify-audit-chain.ts';
export { auditLog } from './audit.tables.ts';
export { canonicalJson } from './audit-hash.ts';
