import { api } from './client.ts';
import type { components } from './schema.d.ts';
import { unwrap } from './unwrap.ts';

export type Card = components['schemas']['Card'];
export type CardSummary = components['schemas']['CardSummary'];
export type CardStatus = Card['status'];
export type HolderCardAction = Card['availableActions'][number];
export type CancellationReasonCode = Card['cancellationReasons'][number]['code'];
export type HolderCancellationReason = Exclude<CancellationReasonCode, 'death'>;

/** 我的社保卡: the signed-in person's cards, newest first. */
export async function listCards(signal?: AbortSignal): Promise<CardSummary[]> {
  const answer = await unwrap(api.GET('/api/v1/me/cards', { signal }));
  return answer.cards;
}

/** One of the person's cards, with its timeline and the cancellation reasons that work now. */
export async function getCard(id: string, signal?: AbortSignal): Promise<Card> {
  return unwrap(api.GET('/api/v1/me/cards/{id}', { params: { path: { id } }, signal }));
}

const at = (id: string) => ({ params: { path: { id } } });

/**
 * A change the holder makes to a card, with the version the page showed (409 CONFLICT when the
 * card changed since). Each answers the card as `getCard` gives it.
 */
export const cardChanges = {
  enable: (id: string, version: number, password: string) =>
    unwrap(api.POST('/api/v1/me/cards/{id}/enable', { ...at(id), body: { version, password } })),
  'report-temporary-loss': (id: string, version: number) =>
    unwrap(api.POST('/api/v1/me/cards/{id}/temporary-loss', { ...at(id), body: { version } })),
  unblock: (id: string, version: number) =>
    unwrap(api.POST('/api/v1/me/cards/{id}/unblock', { ...at(id), body: { version } })),
  'request-renewal': (id: string, version: number) =>
    unwrap(api.POST('/api/v1/me/cards/{id}/renewal', { ...at(id), body: { version } })),
  'request-replacement': (id: string, version: number) =>
    unwrap(api.POST('/api/v1/me/cards/{id}/replacement', { ...at(id), body: { version } })),
  cancel: (id: string, version: number, reason: HolderCancellationReason) =>
    unwrap(
      api.POST('/api/v1/me/cards/{id}/cancellation', { ...at(id), body: { version, reason } }),
    ),
  'decline-cancellation-offer': (id: string, version: number) =>
    unwrap(
      api.POST('/api/v1/me/cards/{id}/cancellation-offer/decline', {
        ...at(id),
        body: { version },
      }),
    ),
} as const;
