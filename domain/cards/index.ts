export {
  applyCardAction,
  canApplyCardAction,
  cardActionKinds,
  cardStatuses,
  deriveCardState,
  IllegalCardTransitionError,
  PASSWORD_STATUSES,
  refusalOf,
  REQUEST_STATUSES,
  type CardActionInput,
  type CardActionKind,
  type CardRequestKind,
  type CardState,
  type CardStatus,
} from './card-status.ts';
export {
  cancellationReasonCodes,
  explainCancellationReason,
  holderCancellationReasonCodes,
  isCancellationReasonCode,
  type CancellationHandling,
  type CancellationReason,
  type CancellationReasonCode,
} from './cancellation-reasons.ts';
export {
  CARD_VALIDITY_YEARS,
  cardExpiresOn,
  isCardExpired,
  RENEWAL_WINDOW_DAYS,
  renewalWindow,
  type RenewalWindow,
} from './card-validity.ts';
export {
  generateCardIdentificationCode,
  generateCardNumber,
  normalizeCardNumber,
  validateCardIdentificationCode,
  type CardIdentificationCodeProblem,
} from './card-identifiers.ts';
export {
  afterPasswordAttempt,
  CARD_PASSWORD_PATTERN,
  WRONG_PASSWORDS_TO_LOCK,
} from './password-lock.ts';
export {
  cancellationRefusal,
  cardActionOf,
  holderActions,
  holderCardActions,
  type CancellationRefusal,
  type HeldCard,
  type HolderCardAction,
} from './holder-actions.ts';
