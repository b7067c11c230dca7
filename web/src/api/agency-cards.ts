import { api } from './client.ts';
import type { components, paths } from './schema.d.ts';
import { unwrap } from './unwrap.ts';

export type CardTaskQueue = components['schemas']['AgencyCardTaskQueue'];
export type CardTaskRow = CardTaskQueue['rows'][number];
export type CardTaskQueueQuery = NonNullable<
  paths['/api/v1/agency/cards/tasks']['get']['parameters']['query']
>;
export type CardTaskKind = CardTaskRow['kind'];
export type AgencyCard = components['schemas']['AgencyCard'];
export type AgencyCardTask = components['schemas']['AgencyCardTask'];
export type AgencyCardSummary = components['schemas']['AgencyCardSummary'];
export type AgencyCardAction = AgencyCard['availableActions'][number];
export type CardTaskCompleted = components['schemas']['AgencyCardTaskCompleted'];
export type CardLookup = components['schemas']['AgencyCardLookup'];
export type CardLookupBy =
  paths['/api/v1/agency/cards/lookup']['post']['requestBody']['content']['application/json']['by'];

/** A card is named by its holder and its id (cards are kept per person). */
export interface CardRef {
  personId: string;
  cardId: string;
}

/** One page of the open card tasks of the signed-in staff member's agency, by age. */
export async function getCardTaskQueue(
  query: CardTaskQueueQuery,
  signal?: AbortSignal,
): Promise<CardTaskQueue> {
  return unwrap(api.GET('/api/v1/agency/cards/tasks', { params: { query }, signal }));
}

/** A card of the agency as its staff see it: holder masked, open task, actions, history. */
export async function getAgencyCard(ref: CardRef, signal?: AbortSignal): Promise<AgencyCard> {
  return unwrap(
    api.GET('/api/v1/agency/cards/{personId}/{cardId}', { params: { path: ref }, signal }),
  );
}

/** The cards of this agency of the holder at the counter; the number goes in the body only. */
export async function lookUpCards(by: CardLookupBy, value: string): Promise<CardLookup> {
  return unwrap(api.POST('/api/v1/agency/cards/lookup', { body: { by, value } }));
}

/** Completes the task seen at `version`: the card cancelled, or a new card issued, or lost. */
export async function completeCardTask(id: string, version: number): Promise<CardTaskCompleted> {
  return unwrap(
    api.POST('/api/v1/agency/cards/tasks/{id}/complete', {
      params: { path: { id } },
      body: { version },
    }),
  );
}

/** Refuses the task seen at `version`, with the reason the holder reads. */
export async function refuseCardTask(
  id: string,
  version: number,
  note: string,
): Promise<AgencyCard> {
  return unwrap(
    api.POST('/api/v1/agency/cards/tasks/{id}/refuse', {
      params: { path: { id } },
      body: { version, note },
    }),
  );
}

/** Records a formal loss report of the card seen at `version`, with how the holder was identified. */
export async function recordFormalLoss(
  ref: CardRef,
  version: number,
  note: string,
): Promise<AgencyCard> {
  return unwrap(
    api.POST('/api/v1/agency/cards/{personId}/{cardId}/formal-loss', {
      params: { path: ref },
      body: { version, note },
    }),
  );
}

/** Resets the service password of the locked card seen at `version`. */
export async function resetCardPassword(
  ref: CardRef,
  version: number,
  password: string,
): Promise<AgencyCard> {
  return unwrap(
    api.POST('/api/v1/agency/cards/{personId}/{cardId}/password-reset', {
      params: { path: ref },
      body: { version, password },
    }),
  );
}
