import type { HolderCancellationReason, HolderCardAction } from '../../api/cards.ts';

/** The addresses of 我的社保卡. */
export const cardPaths = {
  mine: '/my-cards',
} as const;

/** The page of each holder action, by the word in its address. */
export const actionPages = {
  enable: 'enable',
  'report-lost': 'report-temporary-loss',
  unblock: 'unblock',
  renew: 'request-renewal',
  replace: 'request-replacement',
  cancel: 'cancel',
  keep: 'decline-cancellation-offer',
} as const satisfies Record<string, HolderCardAction>;

export type ActionPage = keyof typeof actionPages;

const pageOf = Object.fromEntries(
  Object.entries(actionPages).map(([page, action]) => [action, page]),
) as Record<HolderCardAction, ActionPage>;

/** The action page named by an address word, or null for anything else. */
export function parseActionPage(word: string | undefined): ActionPage | null {
  return word !== undefined && Object.hasOwn(actionPages, word) ? (word as ActionPage) : null;
}

export const cardUrl = (id: string) => `${cardPaths.mine}/${encodeURIComponent(id)}`;

/** The page of `action` for card `id`; a cancellation may carry the reason already chosen. */
export function actionUrl(
  id: string,
  action: HolderCardAction,
  reason?: HolderCancellationReason,
): string {
  const url = `${cardUrl(id)}/${pageOf[action]}`;
  return reason ? `${url}?reason=${reason}` : url;
}

/** The electronic card of card `id`: apply for it, show its QR code. */
export const ecardUrl = (id: string) => `${cardUrl(id)}/ecard`;

/** 亲情服务: family members and the e-cards shown for them. */
export const familyPaths = {
  members: '/my-cards/family',
  add: '/my-cards/family/add',
} as const;

/** An e-card shown by its id (a family member's). */
export const ecardByIdUrl = (ecardId: string) =>
  `${cardPaths.mine}/ecards/${encodeURIComponent(ecardId)}`;

/** The page where a hospital or an office verifies an e-card QR code (no sign-in). */
export const ecardVerifyPath = '/ecard/verify';

/** The confirmation page after a change (what was done travels in router state). */
export const doneUrl = (id: string) => `${cardUrl(id)}/done`;

/** Router state of the confirmation page: which action was just done. */
export interface CardDoneState {
  cardDone: HolderCardAction;
}

/** What the confirmation page was sent for, or null when it was opened by hand. */
export function readCardDone(state: unknown): HolderCardAction | null {
  if (typeof state !== 'object' || state === null) return null;
  const done = (state as Record<string, unknown>).cardDone;
  return typeof done === 'string' && Object.hasOwn(pageOf, done)
    ? (done as HolderCardAction)
    : null;
}
