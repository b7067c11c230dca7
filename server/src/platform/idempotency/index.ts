export { idempotencyKeys } from './idempotency.tables.ts';
export {
  requestHash,
  runIdempotently,
  storeFirstResponses,
  type ClaimedKey,
  type IdempotentResponse,
} from './run-idempotently.ts';
