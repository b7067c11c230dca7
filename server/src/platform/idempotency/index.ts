export { idempotencyKeys } from './idempotency.tables.ts';
export { requestHash, runIdempotently, type IdempotentResponse } from './run-idempotently.ts';
