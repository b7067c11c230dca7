import type { LedgerReport } from './verify-ledger.ts';

/** The verifier's answer in one line for an operator: what is wrong, and where it starts. */
export function describeLedgerReport(report: LedgerReport): string {
  if (report.ok) {
    return (
      `Fund ledger intact: ${report.entries} entries verified, ${report.transfers} transfers ` +
      'moved exactly their computed amounts, and all fund balances sum to 0 fen.'
    );
  }
  const { entry, applicationId, reason, detail } = report.problem;
  if (!entry) {
    return `Fund ledger BROKEN (${reason}): ${detail}. The ${report.entries} entries of the chain are intact.`;
  }
  const transfer = applicationId ? `, transfer application ${applicationId}` : '';
  return (
    `Fund ledger BROKEN at entry #${entry.seq} (${entry.id}${transfer}), ${reason}: ${detail}. ` +
    `${report.entries} entries before it are intact.`
  );
}
