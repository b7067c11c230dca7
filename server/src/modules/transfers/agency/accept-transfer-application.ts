import { todayInChina } from '../../../../../domain/china-time.ts';
import { applicationReference } from '../../../../../domain/transfer/application-reference.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { findPersonById, revealCitizenId } from '../../persons/index.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import type { ApplicationRow } from '../transfers.repository.ts';
import { selectCaseForStep, type AgencyActor } from './agency-case-access.ts';
import { insertTransferDocument } from './agency-case.repository.ts';
import { buildContactLetter } from './contact-letter.ts';
import { nextDocumentNumber } from './document-number.ts';
import { recordAgencyStep } from './record-agency-step.ts';

/**
 * The transfer-in agency accepts an application (DOMAIN.md §3 step 2) and issues the contact
 * letter (联系函) to the transfer-out agency, whose "to process" queue the case then joins. The
 * step (status, deadline of the transfer-out step, timeline, audit, event) and the letter —
 * numbered, its content encrypted — are written in one transaction: both or neither. The other
 * side of the case, or an unrelated agency, finds no such case (404); a stale version answers
 * CONFLICT, a status that cannot be accepted ILLEGAL_TRANSITION.
 */
export async function acceptTransferApplication({
  db,
  cipher,
  registry,
  actor,
  applicationId,
  version,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
  actor: AgencyActor;
  applicationId: string;
  version: number;
  now?: Date;
}): Promise<{ application: ApplicationRow; contactLetterNumber: string }> {
  const directory = await registry.directory();
  const issuedOn = todayInChina(now);
  return db.transaction(async (tx) => {
    const application = await selectCaseForStep(tx, actor, applicationId, 'transfer-in');
    const letterNumber = await nextDocumentNumber(tx, {
      regionCode: actor.agencyRegionCode,
      series: 'LXH',
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
    const person = await findPersonById({ db: tx, personId: application.personId });
    const inAgency = directory.agencyOf(application.toRegionCode);
    if (!person) throw new AppError('PERSON_NOT_FOUND');
    if (!inAgency) throw new Error(`No agency is registered for ${application.toRegionCode}`);
    const letter = buildContactLetter({
      letterNumber,
      issuedOn,
      scheme: application.scheme,
      person: { name: person.name, sex: person.sex, citizenId: revealCitizenId(cipher, person) },
      formerPersonalNumber: application.formerPersonalNumber,
      applicationReference: applicationReference(application.id),
      transferInAgency: inAgency,
      transferOutAgencyName:
        directory.agencyOf(application.fromRegionCode)?.name ?? application.fromRegionCode,
      actor,
    });
    await insertTransferDocument(tx, {
      id: newId(now.getTime()),
      applicationId: application.id,
      kind: 'contact-letter',
      number: letterNumber,
      issuedByRegionCode: actor.agencyRegionCode,
      issuedAt: now,
      contentEncrypted: cipher.encrypt(JSON.stringify(letter)),
    });
    await recordAudit(tx, {
      actor: { type: 'staff', id: actor.id },
      action: 'transfer-document.issued',
      subjectType: 'transfer-application',
      subjectId: application.id,
      data: { kind: 'contact-letter', number: letterNumber, agency: actor.agencyRegionCode },
    });
    return { application: accepted, contactLetterNumber: letterNumber };
  });
}
