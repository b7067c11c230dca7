import { todayInChina } from '../../../../../../domain/china-time.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { postFundTransfer } from '../../../ledger/index.ts';
import { endInsuranceRelationship } from '../../../persons/index.ts';
import { renderInformationTable } from '../../documents/index.ts';
import type { ApplicationRow } from '../../transfers.repository.ts';
import { selectCaseForStep } from '../agency-case-access.ts';
import { personWithRecord } from '../transfer-out-person.ts';
import {
  allocateDocumentNumber,
  requireRenderable,
  storeTransferDocument,
} from '../documents-issue.ts';
import { agencyOnDocument, personOnDocument, sealLinesOf } from '../documents-parties.ts';
import { selectTransferDocument, type TransferDocumentRow } from '../documents.repository.ts';
import {
  recordAgencyStep,
  requireAgencyStep,
  type DocumentStepRequest,
} from '../record-agency-step.ts';
import { transferOutAmounts, type TransferOutAmounts } from '../transfer-out-amounts.ts';
import { relationshipToTransferOut } from '../transfer-out-checks.ts';
import { informationTableOf } from '../transfer-out-information-table.ts';

/**
 * The transfer-out agency's step (DOMAIN.md §3 step 3), all or nothing in one transaction: checks
 * the relationship at the old place (suspended, no arrears), computes the amounts with the
 * transfer calculator's rules from the recorded history, posts them to the fund ledger between
 * the two regions' funds, ends the local relationship, issues the information table (信息表)
 * and records the step with the amounts. Only the old place's agency may take it (404 for anyone
 * else); a stale version is 409 CONFLICT and a case not accepted 409 ILLEGAL_TRANSITION, before
 * any work. Two staff members at once: the case row is locked, so the second finds the step taken.
 */
export async function transferOutCase({
  db,
  cipher,
  registry,
  actor,
  applicationId,
  version,
  now = new Date(),
}: DocumentStepRequest): Promise<{
  application: ApplicationRow;
  amounts: TransferOutAmounts;
  informationTable: TransferDocumentRow;
}> {
  const directory = await registry.directory();
  const today = todayInChina(now);
  const staff = { type: 'staff' as const, id: actor.id };
  return db.transaction(async (tx) => {
    const application = await selectCaseForStep(tx, actor, applicationId, 'transfer-out');
    requireAgencyStep(application, 'out-done', version);
    const found = await personWithRecord(tx, application.personId);
    const relationship = relationshipToTransferOut(found.record, application);
    const history = found.record.schemes.find((s) => s.scheme === application.scheme)!.history;
    const amounts = transferOutAmounts({
      scheme: application.scheme,
      person: found.record.person,
      fromRegion: application.fromRegionCode,
      toRegion: application.toRegionCode,
      transferDate: today,
      history,
      heldAtOldPlace: relationship.periods,
    });
    const contactLetter = await selectTransferDocument(tx, application.id, 'contact-letter');
    if (!contactLetter) throw new AppError('CONTACT_LETTER_MISSING');

    // The table is numbered and rendered once before anything is written: a table the
    // renderer refuses is never issued, and the funds do not move without it.
    const number = await allocateDocumentNumber(tx, {
      regionCode: actor.agencyRegionCode,
      kind: 'information-table',
      year: today.slice(0, 4),
    });
    const outAgency = agencyOnDocument(directory, application.fromRegionCode);
    const table = informationTableOf({
      number,
      contactLetterNumber: contactLetter.number,
      issuedOn: today,
      application,
      transferOutAgency: outAgency,
      transferInAgency: agencyOnDocument(directory, application.toRegionCode),
      person: personOnDocument(
        cipher,
        found.person,
        application.formerPersonalNumber ?? relationship.personalNumber,
      ),
      amounts,
      sealLines: sealLinesOf(outAgency, actor),
    });
    await requireRenderable(() => renderInformationTable(table, { generatedAt: now }));

    const posting = await postFundTransfer(tx, {
      applicationId: application.id,
      scheme: application.scheme,
      fromRegionCode: application.fromRegionCode,
      toRegionCode: application.toRegionCode,
      pooledFundFen: amounts.pooledFundFen,
      individualAccountFen: amounts.individualAccountFen,
      actor: staff,
      at: now,
    });
    await endInsuranceRelationship({
      tx,
      actor: staff,
      personId: application.personId,
      relationshipId: relationship.id,
      whileStatus: 'suspended',
      endedOn: today,
      reason: `transfer-out:${application.id}`,
    });
    const informationTable = await storeTransferDocument(tx, cipher, staff, {
      applicationId: application.id,
      kind: 'information-table',
      number,
      issuedByRegionCode: actor.agencyRegionCode,
      issuedAt: now,
      content: table,
    });
    const updated = await recordAgencyStep(tx, {
      application,
      actor,
      step: 'out-done',
      version,
      changes: {
        pooledFundFen: BigInt(amounts.pooledFundFen),
        individualAccountFen: BigInt(amounts.individualAccountFen),
      },
      eventPayload: {
        pooledFundFen: amounts.pooledFundFen,
        individualAccountFen: amounts.individualAccountFen,
        basis: amounts.basis,
        ledgerEntryId: posting.entryId,
        informationTableNumber: number,
      },
      now,
    });
    return { application: updated, amounts, informationTable };
  });
}
