import { ecardUsability } from '../../../../../../domain/cards/ecard-usability.ts';
import { maskName } from '../../../../../../domain/identifiers/index.ts';
import { chinaToday } from '../../../../platform/clock.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { findPersonById } from '../../../persons/index.ts';
import { ecardHolderOf, reachablePersonIds } from '../ecard-holder.ts';
import { ecardRefusalError } from '../ecard-refusal.ts';
import { selectEcardsInUse } from '../ecards.repository.ts';
import type { EcardKeyring } from '../token/ecard-keyring.ts';
import { signEcardToken } from '../token/ecard-token.ts';

export interface EcardQrCode {
  ecardId: string;
  /** What the QR code encodes. */
  token: string;
  issuedAt: Date;
  expiresAt: Date;
}

/**
 * A QR code for one of the holder's e-cards, or a family member's they may show (another's
 * answers ECARD_NOT_FOUND): a signed token valid `lifetimeSeconds` (ECARD_QR_SECONDS). Refused
 * while the card cannot be used: cancelled (ECARD_CARD_CANCELLED), under a temporary loss report
 * without the holder's live authorisation (ECARD_LOSS_AUTHORISATION_REQUIRED), sealed or formally
 * lost (ECARD_CARD_NOT_USABLE). Nothing is stored: a code is checked by its signature.
 */
export async function issueEcardQr({
  db,
  keyring,
  referenceKey,
  accountId,
  ecardId,
  lifetimeSeconds,
  now = new Date(),
}: {
  db: Db;
  keyring: EcardKeyring;
  referenceKey: Buffer;
  accountId: string;
  ecardId: string;
  lifetimeSeconds: number;
  now?: Date;
}): Promise<EcardQrCode> {
  const holder = await ecardHolderOf({ db, accountId });
  const persons = reachablePersonIds(holder, chinaToday(now.getTime()));
  const [inUse] = await selectEcardsInUse(db, persons, now, ecardId);
  if (!inUse) throw new AppError('ECARD_NOT_FOUND');
  const usability = ecardUsability(inUse.card.status, inUse.lossAuthorisedUntil !== null);
  if (!usability.usable) throw ecardRefusalError(usability.refusal, inUse.card.status);
  const person = await findPersonById({ db, personId: inUse.ecard.personId });
  const signed = signEcardToken({
    key: keyring.signing,
    referenceKey,
    reference: { personId: inUse.ecard.personId, ecardId: inUse.ecard.id },
    maskedName: maskName(person?.name ?? ''),
    lifetimeSeconds,
    now,
  });
  return { ecardId: inUse.ecard.id, ...signed };
}
