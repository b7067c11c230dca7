export { idempotencyKeys } from './idempotency.tables.ts';
export {
  requestHash,
  runIdempotently,
  storeFirstResponsesQuery,
  type ClaimedKey,
  type IdempotentResponse,
} from './run-idempotently.ts';
