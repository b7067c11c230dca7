import { todayInChina } from '../../../../../domain/china-time.ts';
import { applicationReference } from '../../../../../domain/transfer/application-reference.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { findPersonById } from '../../persons/index.ts';
import { renderContactLetter } from '../documents/index.ts';
import type { ApplicationRow } from '../transfers.repository.ts';
import { selectAgencyCase, selectCaseForStep } from './agency-case-access.ts';
import { buildContactLetter } from './contact-letter.ts';
import {
  allocateDocumentNumber,
  requireRenderable,
  storeTransferDocument,
} from './documents-issue.ts';
import { personOnDocument } from './documents-parties.ts';
import {
  recordAgencyStep,
  requireAgencyStep,
  type DocumentStepRequest,
} from './record-agency-step.ts';

/**
 * The transfer-in agency accepts an application (DOMAIN.md §3 step 2) and issues the contact
 * letter (联系函) to the transfer-out agency, whose "to process" queue the case then joins. The
 * step (status, deadline of the transfer-out step, timeline, audit, event) and the letter —
 * numbered, its content encrypted — are written in one transaction: both or neither. The other
 * side of the case, or an unrelated agency, finds no such case (404); a stale version answers
 * CONFLICT, a status that cannot be accepted ILLEGAL_TRANSITION; a letter the renderer would
 * refuse DOCUMENT_DATA_INVALID, before anything is written.
 */
export async function acceptTransferApplication({
  db,
  cipher,
  registry,
  actor,
  applicationId,
  version,
  now = new Date(),
}: DocumentStepRequest): Promise<{ application: ApplicationRow; contactLetterNumber: string }> {
  const issuedOn = todayInChina(now);
  // Refused steps fail fast, and the letter is drawn once before any lock is taken (rendering
  // takes a few hundred milliseconds): its number is the only field not known yet.
  const { application: seen, sides } = await selectAgencyCase(db, actor, applicationId);
  if (!sides.includes('transfer-in')) throw new AppError('APPLICATION_NOT_FOUND');
  requireAgencyStep(seen, 'accepted', version);
  const [person, directory] = await Promise.all([
    findPersonById({ db, personId: seen.personId }),
    registry.directory(),
  ]);
  if (!person) throw new AppError('PERSON_NOT_FOUND');
  const letterOf = (letterNumber: string) =>
    buildContactLetter({
      directory,
      letterNumber,
      issuedOn,
      application: seen,
      applicationReference: applicationReference(seen.id),
      person: personOnDocument(cipher, person, seen.formerPersonalNumber),
      actor,
    });
  await requireRenderable(() => renderContactLetter(letterOf(`${actor.agencyRegionCode}-LXH`)));

  return db.transaction(async (tx) => {
    const application = await selectCaseForStep(tx, actor, applicationId, 'transfer-in');
    requireAgencyStep(application, 'accepted', version);
    const letterNumber = await allocateDocumentNumber(tx, {
      regionCode: actor.agencyRegionCode,
      kind: 'contact-letter',
      year: issuedOn.slice(0, 4),
    });
    const accepted = await recordAgencyStep(tx, {
      application,
      actor,
      step: 'accepted',
      version,
      eventPayload: { contactLetterNumber: letterNumber },
      now,
    });
    await storeTransferDocument(
      tx,
      cipher,
      { type: 'staff', id: actor.id },
      {
        applicationId: application.id,
        kind: 'contact-letter',
        number: letterNumber,
        issuedByRegionCode: actor.agencyRegionCode,
        issuedAt: now,
        content: letterOf(letterNumber),
      },
    );
    return { application: accepted, contactLetterNumber: letterNumber };
  });
}
