import { renewalWindow } from '../../../../../domain/cards/index.ts';
import { todayInChina } from '../../../../../domain/china-time.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { CardRow } from '../cards.repository.ts';
import { openCardTask } from '../open-card-task.ts';
import { recordCardAction } from '../record-card-action.ts';
import { changeCardAsHolder, type HolderCardChange } from './holder-card-change.ts';

/**
 * The holder asks for a new card because this one expires (到期换卡): allowed within 60 days before
 * expiry (DOMAIN.md §6) and after it. Too early answers 422 RENEWAL_TOO_EARLY with
 * `details.allowedFrom`, the first day it may be asked. The agency of the issuing region gets a
 * replacement-issuing task.
 */
export async function requestCardRenewal(options: HolderCardChange): Promise<CardRow> {
  const { now = new Date() } = options;
  return changeCardAsHolder(options, async (tx, card, actor) => {
    // The state machine speaks first (409 for a card that cannot be renewed at all); a refusal
    // after it rolls the action back with the rest of the transaction.
    const requested = await recordCardAction(tx, { card, actor, action: 'renewal-requested', now });
    const window = renewalWindow(card.expiresOn, todayInChina(now));
    if (!window.openNow)
      throw new AppError('RENEWAL_TOO_EARLY', {
        message: `社保卡有效期满前60天内才能申请换卡，最早可在${window.allowedFrom}申请`,
        messageEn: `A renewal can be asked for within 60 days before the card expires: from ${window.allowedFrom}`,
        details: { allowedFrom: window.allowedFrom, expiresOn: card.expiresOn },
      });
    await openCardTask(tx, {
      card,
      actor,
      kind: 'replacement-issuing',
      reasonCode: 'renewal',
      now,
    });
    return requested;
  });
}
