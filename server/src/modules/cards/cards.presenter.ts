import type { z } from 'zod';
import {
  cancellationRefusal,
  explainCancellationReason,
  holderActions,
  holderCancellationReasonCodes,
  isCardExpired,
  renewalWindow,
  type CancellationReasonCode,
  type CardActionKind,
  type CardStatus,
} from '../../../../domain/cards/index.ts';
import { maskCardNumber, maskName } from '../../../../domain/identifiers/index.ts';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import { cardStateOf } from './card-row-state.ts';
import type { CardActionRow, CardRow } from './cards.repository.ts';
import type { cardSchema, cardSummarySchema } from './cards.schemas.ts';
import type { CardWithHistory } from './queries/get-card.ts';

/** The status tag of a card, the same on every channel and page. */
export const cardStatusLabels: Record<CardStatus, { zh: string; en: string }> = {
  sealed: { zh: '封存（待启用）', en: 'Sealed (not enabled yet)' },
  normal: { zh: '正常', en: 'In use' },
  'temporary-loss': { zh: '临时挂失', en: 'Reported lost (temporary)' },
  'formal-loss': { zh: '正式挂失', en: 'Reported lost (formal)' },
  cancelled: { zh: '已注销', en: 'Cancelled' },
};

/** The timeline label of each action. */
export const cardActionLabels: Record<CardActionKind, { zh: string; en: string }> = {
  issued: { zh: '制卡发放', en: 'Card issued' },
  enabled: { zh: '启用', en: 'Enabled' },
  'temporary-loss-reported': { zh: '临时挂失', en: 'Reported lost (temporary)' },
  'temporary-loss-unblocked': { zh: '解除挂失', en: 'Loss report withdrawn' },
  'temporary-loss-expired': {
    zh: '临时挂失到期，自动解除',
    en: 'Temporary loss report ended by itself',
  },
  'formal-loss-reported': { zh: '正式挂失', en: 'Reported lost (formal)' },
  cancelled: { zh: '注销', en: 'Cancelled' },
  'password-locked': { zh: '密码连续输错6次，已锁定', en: 'Locked after six wrong passwords' },
  'password-reset': { zh: '重置密码，解除锁定', en: 'Password reset, lock removed' },
  'replacement-requested': { zh: '申请补换卡', en: 'Replacement asked for' },
  'renewal-requested': { zh: '申请到期换卡', en: 'Renewal asked for' },
  'cancellation-requested': { zh: '申请注销', en: 'Cancellation asked for' },
  'request-refused': { zh: '申请未获办理', en: 'Request refused' },
  'cancellation-offered': { zh: '可申请注销', en: 'Cancellation offered' },
  'cancellation-offer-declined': { zh: '保留此卡', en: 'Kept the card' },
};

const requestLabels = {
  replacement: { zh: '补换卡办理中', en: 'Replacement in progress' },
  renewal: { zh: '到期换卡办理中', en: 'Renewal in progress' },
  cancellation: { zh: '注销办理中', en: 'Cancellation requested' },
} as const;

// Who acted, by role only: no staff name and no account id reaches the holder.
const actors = {
  citizen: { role: 'holder', label: { zh: '持卡人本人', en: 'You' } },
  staff: { role: 'agency', label: { zh: '社保经办机构', en: 'Social insurance agency' } },
  system: { role: 'system', label: { zh: '系统', en: 'System' } },
} as const;

const reasonOf = (code: CancellationReasonCode | null) => {
  if (code === null) return null;
  const { zh, en } = explainCancellationReason(code);
  return { code, zh, en };
};

/** A card identification code for display: the region code and the last four characters. */
function maskIdentificationCode(code: string): string {
  return code.slice(0, 6) + '*'.repeat(code.length - 10) + code.slice(-4);
}

/** What the presenter needs beside the card: its holder's name, its region's name, today. */
export interface CardContext {
  cipher: FieldCipher;
  holderName: string;
  regionName: (code: string) => string;
  today: string;
}

/** A card as its holder sees it in a list: numbers and name masked, state, what may be done. */
export function presentCardSummary(
  card: CardRow,
  context: CardContext,
  requestedAt: Date | null = null,
): z.infer<typeof cardSummarySchema> {
  const state = cardStateOf(card);
  const dates = { expiresOn: card.expiresOn, today: context.today };
  return {
    id: card.id,
    cardNumber: maskCardNumber(context.cipher.decrypt(card.cardNumberEncrypted)),
    identificationCode: maskIdentificationCode(
      context.cipher.decrypt(card.identificationCodeEncrypted),
    ),
    holderName: maskName(context.holderName),
    issuingRegion: {
      code: card.issuingRegionCode,
      name: context.regionName(card.issuingRegionCode),
    },
    issuedOn: card.issuedOn,
    expiresOn: card.expiresOn,
    expired: isCardExpired(card.expiresOn, context.today),
    status: card.status,
    statusLabel: cardStatusLabels[card.status],
    locked: card.locked,
    temporaryLossEndsAt: card.temporaryLossEndsAt?.toISOString() ?? null,
    pendingRequest: card.pendingRequest
      ? {
          kind: card.pendingRequest,
          label: requestLabels[card.pendingRequest],
          reason: reasonOf(card.pendingReason),
          requestedAt: requestedAt?.toISOString() ?? null,
        }
      : null,
    offeredCancellation: reasonOf(card.offeredCancellation),
    cancellation: reasonOf(card.cancellationReason),
    renewal: renewalWindow(card.expiresOn, context.today),
    availableActions: holderActions(state, dates),
    replacesCardId: card.replacesCardId,
    version: card.version,
  };
}

function presentAction(action: CardActionRow) {
  return {
    seq: action.seq,
    action: action.action,
    label: cardActionLabels[action.action],
    actor: actors[action.actorType],
    at: action.at.toISOString(),
    reason: reasonOf(action.reasonCode),
    note: action.note,
  };
}

/** One card as its holder sees it: the summary, the cancellation reasons that work now, the timeline. */
export function presentCard(
  found: CardWithHistory,
  context: CardContext,
): z.infer<typeof cardSchema> {
  const { card, actions, tasks, cardsOfHolder } = found;
  const openTask = tasks.find((t) => t.status === 'open');
  const summary = presentCardSummary(card, context, openTask?.requestedAt ?? null);
  const held = cardsOfHolder.map((c) => ({
    id: c.id,
    issuingRegionCode: c.issuingRegionCode,
    issuedOn: c.issuedOn,
    status: c.status,
  }));
  const self = held.find((c) => c.id === card.id)!;
  const canCancel = summary.availableActions.includes('cancel');
  return {
    ...summary,
    cancellationReasons: holderCancellationReasonCodes.map((code) => {
      const { zh, en, handling } = explainCancellationReason(code);
      const refusal = cancellationRefusal(code, self, held);
      return {
        code,
        zh,
        en,
        handling: handling === 'online' ? 'online' : 'agency',
        availableNow: canCancel && refusal === null,
        refusal,
      };
    }),
    timeline: [...actions].reverse().map(presentAction),
  };
}
