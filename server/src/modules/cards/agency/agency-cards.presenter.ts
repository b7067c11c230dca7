import type { z } from 'zod';
import {
  explainCancellationReason,
  isCancellationReasonCode,
  type CancellationReasonCode,
} from '../../../../../domain/cards/index.ts';
import { todayInChina } from '../../../../../domain/china-time.ts';
import { maskCardNumber, maskName } from '../../../../../domain/identifiers/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import { cardStateOf } from '../card-row-state.ts';
import {
  cardActionLabels,
  cardStatusLabels,
  presentCardSummary,
  type CardContext,
} from '../cards.presenter.ts';
import type { CardRow, CardTaskRow } from '../cards.repository.ts';
import type { CardTaskKind } from '../cards.tables.ts';
import { availableAgencyCardActions } from './agency-card-actions.ts';
import type {
  agencyCardSchema,
  agencyCardSummarySchema,
  lookupSchema,
  taskQueueSchema,
} from './agency-cards.schemas.ts';
import type { AgencyCardView } from './get-agency-card.ts';
import type { CardQueueEntry } from './list-agency-card-queue.ts';
import type { CounterLookup } from './look-up-cards-at-counter.ts';

const taskLabels: Record<CardTaskKind, { zh: string; en: string }> = {
  cancellation: { zh: '注销', en: 'Cancellation' },
  'replacement-issuing': { zh: '制发新卡', en: 'Issue a new card' },
  'formal-loss': { zh: '正式挂失', en: 'Formal loss report' },
};

const taskStatusLabels: Record<CardTaskRow['status'], { zh: string; en: string }> = {
  open: { zh: '待办理', en: 'To do' },
  done: { zh: '已办结', en: 'Done' },
  refused: { zh: '不予办理', en: 'Refused' },
  obsolete: { zh: '已撤销（卡已注销）', en: 'Withdrawn (card cancelled)' },
};

const issueReasons: Record<string, { zh: string; en: string }> = {
  renewal: { zh: '有效期满换卡', en: 'Renewal at expiry' },
  replacement: { zh: '补换卡', en: 'Replacement' },
};

const roles = { citizen: 'holder', staff: 'agency', system: 'system' } as const;

const cancellationReasonOf = (code: CancellationReasonCode) => {
  const { zh, en } = explainCancellationReason(code);
  return { code, zh, en };
};

/** Why a task was opened: the holder's cancellation reason, or renewal or replacement. */
function taskReasonOf(task: Pick<CardTaskRow, 'kind' | 'reasonCode'>) {
  if (task.kind === 'cancellation' && isCancellationReasonCode(task.reasonCode))
    return cancellationReasonOf(task.reasonCode);
  const issue = issueReasons[task.reasonCode];
  return task.kind === 'replacement-issuing' && issue ? { code: task.reasonCode, ...issue } : null;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The agency's open card tasks by age: holder and card number masked (SECURITY.md). */
export function presentCardQueue(
  page: { entries: CardQueueEntry[]; total: number; nextCursor: string | null },
  cipher: FieldCipher,
  today: string,
): z.infer<typeof taskQueueSchema> {
  return {
    total: page.total,
    nextCursor: page.nextCursor,
    rows: page.entries.map(({ task, card, holderName }) => ({
      id: task.id,
      kind: task.kind,
      label: taskLabels[task.kind],
      reason: taskReasonOf(task),
      requestedAt: task.requestedAt.toISOString(),
      daysWaiting: daysBetween(todayInChina(task.requestedAt), today),
      holderName: maskName(holderName),
      card: {
        personId: card.personId,
        id: card.id,
        cardNumber: maskCardNumber(cipher.decrypt(card.cardNumberEncrypted)),
        status: card.status,
        statusLabel: cardStatusLabels[card.status],
      },
      version: task.version,
    })),
  };
}

// The holder's request waiting for the agency, as the holder's pages name it.
const requestLabels: Record<NonNullable<CardRow['pendingRequest']>, { zh: string; en: string }> = {
  replacement: { zh: '补换卡办理中', en: 'Replacement in progress' },
  renewal: { zh: '到期换卡办理中', en: 'Renewal in progress' },
  cancellation: { zh: '注销办理中', en: 'Cancellation requested' },
};

/** A card in a list of the agency's cards: masked number, state, and a request waiting. */
export function presentAgencyCardSummary(
  card: CardRow,
  context: Pick<CardContext, 'cipher' | 'regionName'>,
): z.infer<typeof agencyCardSummarySchema> {
  return {
    personId: card.personId,
    id: card.id,
    cardNumber: maskCardNumber(context.cipher.decrypt(card.cardNumberEncrypted)),
    issuingRegion: {
      code: card.issuingRegionCode,
      name: context.regionName(card.issuingRegionCode),
    },
    issuedOn: card.issuedOn,
    expiresOn: card.expiresOn,
    status: card.status,
    statusLabel: cardStatusLabels[card.status],
    locked: card.locked,
    pendingRequest: card.pendingRequest
      ? { kind: card.pendingRequest, label: requestLabels[card.pendingRequest] }
      : null,
  };
}

function presentTask(task: CardTaskRow, staffNames: Map<string, string>) {
  return {
    id: task.id,
    kind: task.kind,
    label: taskLabels[task.kind],
    reason: taskReasonOf(task),
    status: task.status,
    statusLabel: taskStatusLabels[task.status],
    requestedAt: task.requestedAt.toISOString(),
    requestedBy: roles[task.requestedByType],
    closedAt: task.closedAt?.toISOString() ?? null,
    closedBy: task.closedById ? (staffNames.get(task.closedById) ?? null) : null,
    note: task.note,
    newCardId: task.newCardId,
    version: task.version,
  };
}

/**
 * A card as its agency's staff see it: the holder masked, the open task and the earlier ones,
 * the actions open now, and the timeline naming the staff member behind each agency action.
 */
export function presentAgencyCard(
  view: AgencyCardView,
  context: CardContext,
): z.infer<typeof agencyCardSchema> {
  const { card, actions, tasks, staffNames } = view;
  const openTask = tasks.find((task) => task.status === 'open') ?? null;
  // The holder's summary without what only the holder's pages use.
  const {
    holderName: _holderName,
    availableActions: _holderActions,
    renewal: _renewal,
    ...summary
  } = presentCardSummary(card, context, openTask?.requestedAt ?? null);
  return {
    ...summary,
    personId: card.personId,
    holder: { name: maskName(view.holder.name), citizenId: view.holder.maskedCitizenId },
    openTask: openTask && presentTask(openTask, staffNames),
    tasks: [...tasks].reverse().map((task) => presentTask(task, staffNames)),
    availableActions: availableAgencyCardActions(cardStateOf(card), openTask),
    timeline: [...actions].reverse().map((action) => ({
      seq: action.seq,
      action: action.action,
      label: cardActionLabels[action.action],
      actor: {
        role: roles[action.actorType],
        displayName: action.actorType === 'staff' ? (staffNames.get(action.actorId) ?? null) : null,
      },
      at: action.at.toISOString(),
      reason: action.reasonCode ? cancellationReasonOf(action.reasonCode) : null,
      note: action.note,
    })),
    agencyCards: view.agencyCards.map((c) => presentAgencyCardSummary(c, context)),
  };
}

/** What a counter lookup found: the holder masked, and their cards of this agency. */
export function presentLookup(
  found: CounterLookup,
  context: Pick<CardContext, 'cipher' | 'regionName'>,
): z.infer<typeof lookupSchema> {
  return {
    holder: found.holder && {
      personId: found.holder.personId,
      name: maskName(found.holder.name),
      citizenId: found.holder.maskedCitizenId,
    },
    cards: found.cards.map((card) => presentAgencyCardSummary(card, context)),
  };
}
