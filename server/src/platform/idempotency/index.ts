export { idempotencyKeys } from './idempotency.tables.ts';
export {
  requestHash,
  runIdempotently,
  rememberFirstResponsesQuery,
  type HeldKey,
  type IdempotentResponse,
} from './run-idempotently.ts';
