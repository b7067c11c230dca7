export type { DomainEvent, EventSubscription } from './domain-event.ts';
export { emitEvent, emitEvents, emitEventsQuery, DISPATCH_EVENT_TASK } from './emit-event.ts';
export { dispatchEvent } from './dispatch-event.ts';
export { relayOutboxEvents, startOutboxRelay } from './outbox-relay.ts';
export { eventInbox, eventOutbox } from './events.tables.ts';
