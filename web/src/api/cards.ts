import { api } from './client.ts';
import type { components, paths } from './schema.d.ts';
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

export type Ecard = components['schemas']['Ecard'];
export type EcardQrCode = components['schemas']['EcardQrCode'];
export type EcardVerification = components['schemas']['EcardVerification'];

/** The e-cards the signed-in person may show: their own and their family members'. */
export async function listEcards(signal?: AbortSignal): Promise<Ecard[]> {
  const answer = await unwrap(api.GET('/api/v1/me/ecards', { signal }));
  return answer.ecards;
}

/** Applies for the e-card of one of the person's cards (needs a fresh real-person authentication). */
export async function applyForEcard(cardId: string): Promise<Ecard> {
  return unwrap(api.POST('/api/v1/me/cards/{id}/ecard', at(cardId)));
}

/** A QR code for the e-card, valid for a short while (ECARD_QR_SECONDS). */
export async function issueEcardQr(ecardId: string): Promise<EcardQrCode> {
  return unwrap(api.POST('/api/v1/me/ecards/{id}/qr', at(ecardId)));
}

/** Lets the e-card be used for `minutes` while the card is reported lost for now. */
export async function authoriseEcardDuringLoss(ecardId: string, minutes: number) {
  return unwrap(
    api.POST('/api/v1/me/ecards/{id}/temporary-loss-authorisation', {
      ...at(ecardId),
      body: { minutes },
    }),
  );
}

/** What a hospital or office learns from the text of an e-card QR code (no sign-in needed). */
export async function verifyEcardToken(token: string): Promise<EcardVerification> {
  return unwrap(api.POST('/api/v1/ecard/verify', { body: { token } }));
}

export type FamilyMember = components['schemas']['FamilyMember'];
export type FamilyMembership = components['schemas']['FamilyMembership'];
export type FamilyRelation = FamilyMember['relation'];
export type Family =
  paths['/api/v1/me/family-members']['get']['responses'][200]['content']['application/json'];
export type NewFamilyMember =
  paths['/api/v1/me/family-members']['post']['requestBody']['content']['application/json'];

/** One e-card the person may show: their own, or a family member's. */
export async function getEcard(id: string, signal?: AbortSignal): Promise<Ecard> {
  return unwrap(api.GET('/api/v1/me/ecards/{id}', { ...at(id), signal }));
}

/** 亲情服务: the holder's family members and invitations, with the e-cards they may show. */
export async function getFamily(signal?: AbortSignal): Promise<Family> {
  return unwrap(api.GET('/api/v1/me/family-members', { signal }));
}

/** Adds a minor, or invites an adult (needs a fresh real-person authentication). */
export async function addFamilyMember(member: NewFamilyMember): Promise<Family> {
  return unwrap(api.POST('/api/v1/me/family-members', { body: member }));
}

/** Removes a family member, or withdraws an invitation. */
export async function removeFamilyMember(id: string): Promise<Family> {
  return unwrap(api.POST('/api/v1/me/family-members/{id}/remove', at(id)));
}

/** Applies, as guardian, for the e-card of a minor family member's card. */
export async function applyForFamilyEcard(memberId: string, cardId: string): Promise<Ecard> {
  return unwrap(
    api.POST('/api/v1/me/family-members/{id}/ecards', { ...at(memberId), body: { cardId } }),
  );
}

/** The families the person is invited to or belongs to. */
export async function listMemberships(signal?: AbortSignal): Promise<FamilyMembership[]> {
  const answer = await unwrap(api.GET('/api/v1/me/family-memberships', { signal }));
  return answer.memberships;
}

/** Accepts or declines an invitation, or leaves a family joined earlier. */
export async function answerMembership(
  id: string,
  answer: 'accept' | 'decline' | 'leave',
): Promise<FamilyMembership[]> {
  const path = {
    accept: '/api/v1/me/family-memberships/{id}/accept',
    decline: '/api/v1/me/family-memberships/{id}/decline',
    leave: '/api/v1/me/family-memberships/{id}/leave',
  } as const;
  const answered = await unwrap(api.POST(path[answer], at(id)));
  return answered.memberships;
}
