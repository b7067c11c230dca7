// The cards module's public entry: other modules (the e-card, the agency back office, the web
// API) use only what is exported here.
export { cardsRoutes, type CardsRouteOptions } from './cards.routes.ts';
export { agencyCardsRoutes, type AgencyCardsRouteOptions } from './agency/agency-cards.routes.ts';
export { ecardRoutes, type EcardRouteOptions } from './ecard/index.ts';
export { cardSubscriptions } from './cards.subscriptions.ts';
export {
  TEMPORARY_LOSS_EXPIRY_CRONTAB,
  TEMPORARY_LOSS_EXPIRY_TASK,
  temporaryLossExpiryTask,
} from './jobs/temporary-loss-expiry.job.ts';
export { expireTemporaryLosses } from './jobs/expire-temporary-losses.ts';
// Reading cards.
export { findCard, findCardByNumber } from './queries/find-card.ts';
export { getCard, type CardWithHistory } from './queries/get-card.ts';
export { listCards } from './queries/list-cards.ts';
export { cardStateOf } from './card-row-state.ts';
export {
  presentCard,
  presentCardSummary,
  cardStatusLabels,
  cardActionLabels,
  type CardContext,
} from './cards.presenter.ts';
export { cardSchema, cardSummarySchema } from './cards.schemas.ts';
export type { CardActionRow, CardRow, CardTaskRow } from './cards.repository.ts';
// The holder's commands.
export { enableCard } from './commands/enable-card.ts';
export { reportTemporaryLoss } from './commands/report-temporary-loss.ts';
export { unblockCard } from './commands/unblock-card.ts';
export { requestCardRenewal } from './commands/request-card-renewal.ts';
export { requestCardReplacement } from './commands/request-card-replacement.ts';
export { cancelCardAsHolder } from './commands/cancel-card-as-holder.ts';
export { declineCancellationOffer } from './commands/decline-cancellation-offer.ts';
export { checkCardPassword } from './commands/check-card-password.ts';
export { issueCard } from './commands/issue-card.ts';
// The agency side (routes in agency/agency-cards.routes.ts): formal loss, the task queue, password reset.
export { type CardStaff } from './agency/agency-card-access.ts';
export { recordFormalLoss } from './agency/record-formal-loss.ts';
export { completeCardTask } from './agency/complete-card-task.ts';
export { refuseCardTask } from './agency/refuse-card-task.ts';
export { resetCardPassword } from './agency/reset-card-password.ts';
export { listAgencyCardTasks } from './agency/list-agency-card-tasks.ts';
export type { CardActor } from './card-actor.ts';
// Demo data and tables.
export { seedDemoCards, DEMO_CARD_PASSWORD } from './seed/seed-demo-cards.ts';
export { cardActions, cardKeys, cardPasswords, cards, cardTasks } from './cards.tables.ts';
