import type { EventSubscription } from '../platform/events/index.ts';

/**
 * Every module's event subscriptions, for the background worker. Modules add theirs here as they
 * start reacting to each other's events (e.g. cards to `person.died`).
 */
export const eventSubscriptions: readonly EventSubscription[] = [];
