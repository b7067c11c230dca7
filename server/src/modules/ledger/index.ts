export { postFundTransfer, TRANSFER_APPLICATION_REFERENCE } from './commands/post-fund-transfer.ts';
export { fundBalances, type FundBalance } from './queries/fund-balances.ts';
export {
  checkFundTransferPosted,
  type FundTransferPosting,
} from './queries/check-fund-transfer-posted.ts';
export {
  verifyLedger,
  type ExpectedFundTransfers,
  type LedgerProblem,
  type LedgerProblemReason,
  type LedgerReport,
} from './queries/verify-ledger.ts';
export { describeLedgerReport } from './queries/describe-ledger-report.ts';
export type { Fen, FundTransfer } from './fund-transfer-lines.ts';
export { fundAccountKinds, fundAccountKindNames, type FundAccountKind } from './fund-accounts.ts';
export { ledgerAccounts, ledgerEntries, ledgerLines } from './ledger.tables.ts';
