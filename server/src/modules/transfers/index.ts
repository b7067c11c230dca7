export { transfersRoutes, type TransfersRouteOptions } from './transfers.routes.ts';
export { agencyCasesRoutes, type AgencyCasesRouteOptions } from './agency/agency-cases.routes.ts';
export { submitTransferApplication } from './commands/submit-transfer-application.ts';
export { withdrawTransferApplication } from './commands/withdraw-transfer-application.ts';
export { checkTransferEligibility } from './queries/check-transfer-eligibility.ts';
export { getTransferApplication } from './queries/get-transfer-application.ts';
export { listTransferApplications } from './queries/list-transfer-applications.ts';
export {
  getStepForApplicantNotice,
  type StepForApplicantNotice,
} from './queries/get-step-for-applicant-notice.ts';
export { supervisorRoutes, type SupervisorRouteOptions } from './agency/supervisor.routes.ts';
export { runDeadlineWatch, type DeadlineWatchSummary } from './agency/deadline-watch.ts';
export {
  recomputeOpenDeadlines,
  DEADLINE_MOVED_EVENT,
  type MovedDeadlinePayload,
} from './agency/recompute-open-deadlines.ts';
export {
  DEADLINE_WATCH_CRONTAB,
  DEADLINE_WATCH_TASK,
  deadlineWatchTask,
} from './agency/deadline-watch.job.ts';
export {
  agencyProcessRoutes,
  type AgencyProcessRouteOptions,
} from './agency/agency-process.routes.ts';
export { computedFundTransfers } from './agency/transfer-out-fund-transfers.ts';
export { seedDemoTransferApplications } from './seed/seed-demo-transfer-applications.ts';
export { transferApplicationActions, transferApplications } from './transfers.tables.ts';
