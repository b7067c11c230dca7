import type { CardRef, CardTaskKind } from '../../api/agency-cards.ts';

/** Where the agency's card pages live. */
export const agencyCardsPaths = {
  queue: '/agency/cards',
  lookup: '/agency/cards/lookup',
} as const;

/** The page of one card of the agency. */
export const agencyCardUrl = ({ personId, cardId }: CardRef) =>
  `/agency/cards/${encodeURIComponent(personId)}/${encodeURIComponent(cardId)}`;

/** What the queue page shows, from its address: a kind of task, an order by age, a page. */
export interface CardQueueSearch {
  kind: CardTaskKind | null;
  order: 'oldest' | 'newest';
  cursor: string | null;
}

const kinds: readonly CardTaskKind[] = ['cancellation', 'replacement-issuing', 'formal-loss'];

/** Reads the queue's address; anything unknown falls back to the default. */
export function parseCardQueueSearch(params: URLSearchParams): CardQueueSearch {
  const kind = params.get('kind');
  return {
    kind: kinds.find((k) => k === kind) ?? null,
    order: params.get('order') === 'newest' ? 'newest' : 'oldest',
    cursor: params.get('cursor'),
  };
}

/** The queue's address for a search (defaults left out). */
export function cardQueueUrl(search: CardQueueSearch): string {
  const params = new URLSearchParams();
  if (search.kind) params.set('kind', search.kind);
  if (search.order === 'newest') params.set('order', 'newest');
  if (search.cursor) params.set('cursor', search.cursor);
  const query = params.toString();
  return query ? `${agencyCardsPaths.queue}?${query}` : agencyCardsPaths.queue;
}

export const cardTaskKinds = kinds;
