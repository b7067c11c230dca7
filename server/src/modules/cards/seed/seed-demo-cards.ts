import { randomInt } from 'node:crypto';
import {
  cardExpiresOn,
  deriveCardState,
  generateCardIdentificationCode,
  generateCardNumber,
  type CardActionInput,
  type CardActionKind,
} from '../../../../../domain/cards/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { chinaToday } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { DEMO_PERSONS, findPersonByCitizenId } from '../../persons/index.ts';
import { cardColumnsOf } from '../card-row-state.ts';
import { cardNumberKey, identificationCodeKey } from '../card-keys.ts';
import { hashCardPassword } from '../card-password.ts';
import {
  insertCardAction,
  insertCardTask,
  insertCardWithKeys,
  selectCardsOfPerson,
  upsertCardPassword,
} from '../cards.repository.ts';
import { demoCardsOf, type DemoCard } from './demo-cards.ts';

/** The service password of every demo card in use (fictional, like the people). */
export const DEMO_CARD_PASSWORD = '147258';

/** Default of CARD_TEMPORARY_LOSS_DAYS, for the demo's temporary loss report. */
const DEFAULT_TEMPORARY_LOSS_DAYS = 7;

const random = () => randomInt(0, 1_000_000) / 1_000_000;
const SEED_ACTOR = { type: 'system', id: 'demo-seed' } as const;
// A demo action happens at 10:00 China time on its day.
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/** Who took a demo action: the agency issues and records formal losses, the platform cancels. */
function demoActorOf(action: CardActionKind): 'citizen' | 'staff' | 'system' {
  if (action === 'issued' || action === 'formal-loss-reported') return 'staff';
  if (action === 'cancelled' || action === 'cancellation-offered') return 'system';
  return 'citizen';
}

/** Writes one demo card as its history leaves it: the card, its actions, password and task. */
async function insertDemoCard(
  tx: Tx,
  cipher: FieldCipher,
  personId: string,
  plan: DemoCard,
  temporaryLossDays: number,
): Promise<void> {
  const history: CardActionInput[] = [{ action: 'issued' }, ...plan.actions];
  const state = deriveCardState(history);
  const lastAt = at(plan.actions.at(-1)?.on ?? plan.issuedOn);
  const cardNumber = generateCardNumber(random);
  const code = generateCardIdentificationCode(plan.regionCode, random);
  const id = newId(at(plan.issuedOn).getTime());
  const inserted = await insertCardWithKeys(
    tx,
    {
      id,
      personId,
      issuingRegionCode: plan.regionCode,
      cardNumberEncrypted: cipher.encrypt(cardNumber),
      identificationCodeEncrypted: cipher.encrypt(code),
      issuedOn: plan.issuedOn,
      expiresOn: cardExpiresOn(plan.issuedOn),
      ...cardColumnsOf(state),
      temporaryLossEndsAt:
        state.status === 'temporary-loss'
          ? new Date(Date.now() + temporaryLossDays * 86_400_000)
          : null,
      version: history.length,
      createdAt: at(plan.issuedOn),
    },
    [
      { key: cardNumberKey(cipher, plan.regionCode, cardNumber), kind: 'card-number' },
      { key: identificationCodeKey(cipher, code), kind: 'identification-code' },
    ],
  );
  if (!inserted) throw new Error('demo card number collision: seed again');
  const days = [plan.issuedOn, ...plan.actions.map((a) => a.on)];
  for (const [i, action] of history.entries()) {
    await insertCardAction(tx, {
      id: newId(at(days[i]!).getTime()),
      personId,
      cardId: id,
      seq: i + 1,
      action: action.action,
      actorType: demoActorOf(action.action),
      actorId: 'demo',
      at: i === 0 ? at(plan.issuedOn) : at(days[i]!),
      reasonCode: action.reason ?? null,
      agencyRegionCode: action.action === 'issued' ? plan.regionCode : null,
    });
  }
  if (state.status !== 'sealed' && state.status !== 'cancelled')
    await upsertCardPassword(tx, {
      personId,
      cardId: id,
      passwordHash: hashCardPassword(cipher, id, DEMO_CARD_PASSWORD),
      changedAt: at(plan.issuedOn),
    });
  if (plan.task)
    await insertCardTask(tx, {
      id: newId(lastAt.getTime()),
      personId,
      cardId: id,
      kind: plan.task,
      reasonCode: 'replacement',
      agencyRegionCode: plan.regionCode,
      status: 'open',
      requestedAt: lastAt,
      requestedByType: 'citizen',
      requestedById: 'demo',
    });
}

/**
 * The demo people's cards (seed/demo-cards.ts), each person's only when they have no card yet, so
 * running it again adds nothing. Like the other demo seeds it writes the records as they stand —
 * no events — with one audit entry for the lot. Needs the server's cipher, as the people do.
 */
export async function seedDemoCards({
  db,
  cipher,
  today = chinaToday(),
  temporaryLossDays = DEFAULT_TEMPORARY_LOSS_DAYS,
}: {
  db: Db;
  cipher: FieldCipher;
  today?: string;
  temporaryLossDays?: number;
}): Promise<{ seeded: number }> {
  return db.transaction(async (tx) => {
    let seeded = 0;
    for (const demo of DEMO_PERSONS) {
      const person = await findPersonByCitizenId({ db: tx, cipher, citizenId: demo.citizenId });
      if (!person || (await selectCardsOfPerson(tx, person.id)).length > 0) continue;
      for (const plan of demoCardsOf(demo, today)) {
        await insertDemoCard(tx, cipher, person.id, plan, temporaryLossDays);
        seeded++;
      }
    }
    if (seeded > 0)
      await recordAudit(tx, {
        actor: SEED_ACTOR,
        action: 'cards.demo-seeded',
        subjectType: 'population',
        subjectId: 'demo-cards',
        data: { cards: seeded },
      });
    return { seeded };
  });
}
