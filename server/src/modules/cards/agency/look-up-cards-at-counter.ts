import { normalizeCardNumber } from '../../../../../domain/cards/index.ts';
import { maskCitizenId, validateCitizenId } from '../../../../../domain/identifiers/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { chinaToday } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { findPersonByCitizenId, findPersonById, revealCitizenId } from '../../persons/index.ts';
import { selectCardsOfPerson, type CardRow } from '../cards.repository.ts';
import { findCardByNumber } from '../queries/find-card.ts';
import type { CardStaff } from './agency-card-access.ts';

/** What staff type for a holder at the counter: a card number, or the holder's ID number. */
export type CounterLookupBy = 'card-number' | 'citizen-id';

/** What a lookup found: the holder (masked) and their cards of this agency, newest first. */
export interface CounterLookup {
  holder: { personId: string; name: string; maskedCitizenId: string } | null;
  cards: CardRow[];
}

const badValue = (message: string, messageEn: string) =>
  new AppError('VALIDATION_FAILED', {
    fields: [{ path: 'value', location: 'body', message, messageEn }],
  });

/** The value normalized, or a 400 naming the field with what is wrong, in both languages. */
function normalizedValue(by: CounterLookupBy, value: string, today: string): string {
  if (by === 'card-number') {
    const number = normalizeCardNumber(value);
    if (number === undefined)
      throw badValue(
        '社保卡号是1个大写字母加8位数字，例如X00000019',
        'A card number is one capital letter and eight digits, e.g. X00000019',
      );
    return number;
  }
  const validation = validateCitizenId(value, { today });
  if (!validation.valid) {
    const [first] = validation.errors;
    throw badValue(
      first?.message ?? '身份证号码不正确',
      first?.messageEn ?? 'The ID number is not valid',
    );
  }
  return validation.normalized;
}

/**
 * Finds the cards of a holder standing at the counter (柜台查询), by the card number on the card
 * (within this agency's region, where card numbers are unique) or by their ID number: only cards
 * this agency issued are answered. Every lookup is audited with the staff member — how they
 * searched and what was found, never the typed value — found or not, so that a trawl shows.
 */
export async function lookUpCardsAtCounter({
  db,
  cipher,
  staff,
  by,
  value,
  today = chinaToday(),
}: {
  db: Db;
  cipher: FieldCipher;
  staff: CardStaff;
  by: CounterLookupBy;
  value: string;
  today?: string;
}): Promise<CounterLookup> {
  const normalized = normalizedValue(by, value, today);
  const personId =
    by === 'card-number'
      ? (
          await findCardByNumber({
            db,
            cipher,
            issuingRegionCode: staff.agencyRegionCode,
            cardNumber: normalized,
          })
        )?.personId
      : (await findPersonByCitizenId({ db, cipher, citizenId: normalized, today }))?.id;
  const cards = personId
    ? (await selectCardsOfPerson(db, personId)).filter(
        (card) => card.issuingRegionCode === staff.agencyRegionCode,
      )
    : [];
  // A person with no card here is not this agency's to see: the answer is the same as nobody.
  const person = cards.length > 0 && personId ? await findPersonById({ db, personId }) : undefined;
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor: { type: 'staff', id: staff.id },
      action: 'card.counter-lookup',
      subjectType: person ? 'person' : 'agency',
      subjectId: person ? person.id : staff.agencyRegionCode,
      data: { by, agency: staff.agencyRegionCode, cardIds: cards.map((card) => card.id) },
    }),
  );
  return {
    holder: person
      ? {
          personId: person.id,
          name: person.name,
          maskedCitizenId: maskCitizenId(revealCitizenId(cipher, person)),
        }
      : null,
    cards,
  };
}
