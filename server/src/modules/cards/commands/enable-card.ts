import type { FieldCipher } from '../../../platform/crypto/index.ts';
import { hashCardPassword } from '../card-password.ts';
import { upsertCardPassword, type CardRow } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';
import { changeCardAsHolder, type HolderCardChange } from './holder-card-change.ts';

/**
 * The holder enables a sealed card (启用) and sets its six-digit service password, which the
 * e-card channel checks later. Only a sealed card can be enabled.
 */
export async function enableCard(
  options: HolderCardChange & { cipher: FieldCipher; password: string },
): Promise<CardRow> {
  const { cipher, password, now = new Date() } = options;
  return changeCardAsHolder(options, async (tx, card, actor) => {
    const enabled = await recordCardAction(tx, { card, actor, action: 'enabled', now });
    await upsertCardPassword(tx, {
      personId: card.personId,
      cardId: card.id,
      passwordHash: hashCardPassword(cipher, card.id, password),
      changedAt: now,
    });
    return enabled;
  });
}
