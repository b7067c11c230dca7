export type { DomainEvent, EventSubscription } from './domain-event.ts';
export { emitEvent, emitEvents, emitEventsQuery, DISPATCH_EVENT_TASK } from './emit-event.ts';
export { dispatchEvent } from './dispatch-event.ts';
export { eventInbox } from './events.tables.ts';
