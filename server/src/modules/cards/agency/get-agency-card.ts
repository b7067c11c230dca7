import { maskCitizenId } from '../../../../../domain/identifiers/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { findPersonById, revealCitizenId } from '../../persons/index.ts';
import { findStaffDisplayNames } from '../../staff/index.ts';
import type { CardRow } from '../cards.repository.ts';
import { getCard, type CardWithHistory } from '../queries/get-card.ts';
import type { CardStaff } from './agency-card-access.ts';

/** A card as its agency's staff see it, before the presenter: the history and who acted. */
export interface AgencyCardView extends CardWithHistory {
  holder: { name: string; maskedCitizenId: string };
  /** The holder's cards issued by this agency, this one included, newest first. */
  agencyCards: CardRow[];
  /** Display names of the staff who acted on the card or its tasks, by account id. */
  staffNames: Map<string, string>;
}

/**
 * One card of the staff member's agency with its timeline, its tasks and the holder's other
 * cards of the agency. A card another agency issued answers CARD_NOT_FOUND (404, never 403):
 * staff see only the cards of their own agency.
 */
export async function getAgencyCard({
  db,
  cipher,
  staff,
  personId,
  cardId,
}: {
  db: Executor;
  cipher: FieldCipher;
  staff: CardStaff;
  personId: string;
  cardId: string;
}): Promise<AgencyCardView> {
  const found = await getCard({ db, personId, cardId });
  if (found.card.issuingRegionCode !== staff.agencyRegionCode) throw new AppError('CARD_NOT_FOUND');
  const person = await findPersonById({ db, personId });
  if (!person) throw new Error(`card ${cardId} names no person`);
  const actorIds = [
    ...found.actions.filter((a) => a.actorType === 'staff').map((a) => a.actorId),
    ...found.tasks.flatMap((t) => (t.closedById ? [t.closedById] : [])),
  ];
  const names = await findStaffDisplayNames(db, actorIds);
  return {
    ...found,
    holder: { name: person.name, maskedCitizenId: maskCitizenId(revealCitizenId(cipher, person)) },
    agencyCards: found.cardsOfHolder.filter((c) => c.issuingRegionCode === staff.agencyRegionCode),
    staffNames: new Map([...names].map(([id, { displayName }]) => [id, displayName])),
  };
}
