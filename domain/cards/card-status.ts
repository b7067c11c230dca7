// A social security card's state (DOMAIN.md §6), derived from its append-only list of actions:
// 封存 sealed (made, not enabled) → 正常 normal ↔ 临时挂失 temporary loss (expires by itself after
// a configured period) → 正式挂失 formal loss (cannot be undone; a replacement follows);
// 注销 cancelled is terminal. Unblocking (解挂) is allowed only from a temporary loss report.
//
// Two things sit beside the status rather than in it, because they do not change what the card is,
// only what may be asked of it:
// - `locked` (密码锁定): six wrong service passwords in a row. The card keeps its status; only the
//   service password is refused until an agency resets it. Loss reports, cancellation and every
//   other transition stay possible — a holder must be able to report a locked card lost.
// - `pendingRequest`: a replacement, renewal or cancellation the holder asked for and an agency
//   has yet to carry out (or refuse). One at a time per card.
// And `offeredCancellation`: the platform offers the holder the cancellation of a card left in a
// province their insurance relationship moved out of, until they accept or decline.
import type { CancellationReasonCode } from './cancellation-reasons.ts';

export const cardStatuses = [
  'sealed',
  'normal',
  'temporary-loss',
  'formal-loss',
  'cancelled',
] as const;
export type CardStatus = (typeof cardStatuses)[number];

export const cardActionKinds = [
  'issued',
  'enabled',
  'temporary-loss-reported',
  'temporary-loss-unblocked',
  'temporary-loss-expired',
  'formal-loss-reported',
  'cancelled',
  'password-locked',
  'password-reset',
  'replacement-requested',
  'renewal-requested',
  'cancellation-requested',
  'request-refused',
  'cancellation-offered',
  'cancellation-offer-declined',
] as const;
export type CardActionKind = (typeof cardActionKinds)[number];

/** The kinds of request a holder makes and an agency carries out. */
export type CardRequestKind = 'replacement' | 'renewal' | 'cancellation';

/** Everything the rules need to know about a card, derived from its actions. */
export interface CardState {
  readonly status: CardStatus;
  readonly locked: boolean;
  readonly pendingRequest: {
    readonly kind: CardRequestKind;
    /** For a cancellation request: the reason the holder chose. */
    readonly reason: CancellationReasonCode | null;
  } | null;
  readonly offeredCancellation: CancellationReasonCode | null;
  /** Why the card was cancelled; null while it is not. */
  readonly cancellationReason: CancellationReasonCode | null;
}

/** An action as the state machine reads it; `reason` is a cancellation reason where one applies. */
export interface CardActionInput {
  readonly action: CardActionKind;
  readonly reason?: CancellationReasonCode | null | undefined;
}

/** The statuses from which each status-changing action may be taken, and where it leads. */
const statusMoves: Partial<
  Record<CardActionKind, { from: readonly (CardStatus | null)[]; to: CardStatus }>
> = {
  issued: { from: [null], to: 'sealed' },
  enabled: { from: ['sealed'], to: 'normal' },
  'temporary-loss-reported': { from: ['normal'], to: 'temporary-loss' },
  'temporary-loss-unblocked': { from: ['temporary-loss'], to: 'normal' },
  'temporary-loss-expired': { from: ['temporary-loss'], to: 'normal' },
  'formal-loss-reported': { from: ['sealed', 'normal', 'temporary-loss'], to: 'formal-loss' },
  cancelled: { from: ['sealed', 'normal', 'temporary-loss', 'formal-loss'], to: 'cancelled' },
};

/** The statuses in which a password can be checked, and so in which a card can lock. */
export const PASSWORD_STATUSES: readonly CardStatus[] = ['normal', 'temporary-loss'];

/** The statuses from which each request may be made. */
export const REQUEST_STATUSES: Record<CardRequestKind, readonly CardStatus[]> = {
  // 换卡 of a damaged card, or 补卡 after a loss report.
  replacement: ['normal', 'temporary-loss', 'formal-loss'],
  // 到期换卡: a card in use (the date window is checked by renewalWindow).
  renewal: ['normal'],
  cancellation: ['sealed', 'normal', 'temporary-loss', 'formal-loss'],
};

const requestOf: Partial<Record<CardActionKind, CardRequestKind>> = {
  'replacement-requested': 'replacement',
  'renewal-requested': 'renewal',
  'cancellation-requested': 'cancellation',
};

/** Why an action cannot follow; null when it can. */
export function refusalOf(state: CardState | null, input: CardActionInput): string | null {
  const { action } = input;
  const move = statusMoves[action];
  if (move) {
    if (!move.from.includes(state?.status ?? null)) return `status ${state?.status ?? 'none'}`;
    if (action === 'cancelled' && !input.reason) return 'a cancellation needs a reason';
    return null;
  }
  if (state === null) return 'no card yet';
  if (state.status === 'cancelled') return 'the card is cancelled';
  const request = requestOf[action];
  if (request) {
    if (!REQUEST_STATUSES[request].includes(state.status)) return `status ${state.status}`;
    if (state.pendingRequest) return `a ${state.pendingRequest.kind} request is pending`;
    if (request === 'cancellation' && !input.reason) return 'a cancellation needs a reason';
    return null;
  }
  switch (action) {
    case 'password-locked':
      if (!PASSWORD_STATUSES.includes(state.status)) return `status ${state.status}`;
      return state.locked ? 'already locked' : null;
    case 'password-reset':
      return state.locked ? null : 'not locked';
    case 'request-refused':
      return state.pendingRequest ? null : 'no pending request';
    case 'cancellation-offered':
      if (!input.reason) return 'an offer needs a reason';
      return state.offeredCancellation ? 'already offered' : null;
    case 'cancellation-offer-declined':
      return state.offeredCancellation ? null : 'no offer';
    default:
      return `unknown action ${action}`;
  }
}

/** Whether `action` may follow a card in `state` (null: no card yet). */
export function canApplyCardAction(state: CardState | null, input: CardActionInput): boolean {
  return refusalOf(state, input) === null;
}

/** Thrown for an action that cannot follow the card's state. */
export class IllegalCardTransitionError extends Error {
  override name = 'IllegalCardTransitionError';
  constructor(
    readonly action: CardActionKind,
    readonly status: CardStatus | null,
    readonly why: string,
  ) {
    super(`Card action ${action} cannot follow status ${status ?? 'none'}: ${why}`);
  }
}

/** The state after one more action; throws IllegalCardTransitionError when it cannot follow. */
export function applyCardAction(state: CardState | null, input: CardActionInput): CardState {
  const why = refusalOf(state, input);
  if (why !== null) throw new IllegalCardTransitionError(input.action, state?.status ?? null, why);
  const reason = input.reason ?? null;
  const move = statusMoves[input.action];
  if (move) {
    const base: CardState = state ?? {
      status: 'sealed',
      locked: false,
      pendingRequest: null,
      offeredCancellation: null,
      cancellationReason: null,
    };
    if (input.action === 'cancelled')
      return {
        ...base,
        status: 'cancelled',
        pendingRequest: null,
        offeredCancellation: null,
        cancellationReason: reason,
      };
    return { ...base, status: move.to };
  }
  const current = state!;
  const request = requestOf[input.action];
  if (request) {
    return {
      ...current,
      pendingRequest: { kind: request, reason: request === 'cancellation' ? reason : null },
      // Asking for the cancellation answers the offer.
      offeredCancellation: request === 'cancellation' ? null : current.offeredCancellation,
    };
  }
  switch (input.action) {
    case 'password-locked':
      return { ...current, locked: true };
    case 'password-reset':
      return { ...current, locked: false };
    case 'request-refused':
      return { ...current, pendingRequest: null };
    case 'cancellation-offered':
      return { ...current, offeredCancellation: reason };
    default: // cancellation-offer-declined
      return { ...current, offeredCancellation: null };
  }
}

/** The card's state after its actions, oldest first; throws on an action that cannot follow. */
export function deriveCardState(actions: readonly CardActionInput[]): CardState {
  let state: CardState | null = null;
  for (const action of actions) state = applyCardAction(state, action);
  if (state === null) throw new RangeError('A card has at least one action');
  return state;
}
