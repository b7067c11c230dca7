import { todayInChina } from '../../../../../../domain/china-time.ts';
import { applicationReference } from '../../../../../../domain/transfer/application-reference.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { checkFundTransferPosted } from '../../../ledger/index.ts';
import {
  mergeContributionPeriods,
  recordInsuranceRelationship,
  revealCitizenId,
} from '../../../persons/index.ts';
import { renderCompletionNotice } from '../../documents/index.ts';
import type { ApplicationRow } from '../../transfers.repository.ts';
import { selectCaseForStep } from '../agency-case-access.ts';
import { personWithRecord } from '../transfer-out-person.ts';
import { mergePlanOf } from '../complete-merge-plan.ts';
import { completionNoticeOf, monthsCarriedOver } from '../complete-notice.ts';
import {
  allocateDocumentNumber,
  requireRenderable,
  storeTransferDocument,
} from '../documents-issue.ts';
import { agencyOnDocument, sealLinesOf } from '../documents-parties.ts';
import { selectTransferDocument, type TransferDocumentRow } from '../documents.repository.ts';
import {
  recordAgencyStep,
  requireAgencyStep,
  type DocumentStepRequest,
} from '../record-agency-step.ts';

/**
 * The transfer-in agency completes a transfer (DOMAIN.md §3 step 4), all or nothing in one
 * transaction: verifies that the fund ledger holds exactly the amounts the transfer-out agency
 * computed (409 FUNDS_NOT_RECEIVED otherwise), merges the account — the person's relationship
 * at the new place (opened if there is none) receives every period of the old one, each keeping
 * the region where it was paid — issues the completion notice (告知书) with the amounts received,
 * and records the step. Only the new place's agency may take it (404 otherwise); stale version
 * 409 CONFLICT, a case not out-done 409 ILLEGAL_TRANSITION, before any work.
 */
export async function completeTransfer({
  db,
  cipher,
  registry,
  actor,
  applicationId,
  version,
  now = new Date(),
}: DocumentStepRequest): Promise<{
  application: ApplicationRow;
  completionNotice: TransferDocumentRow;
}> {
  const directory = await registry.directory();
  const today = todayInChina(now);
  const staff = { type: 'staff' as const, id: actor.id };
  return db.transaction(async (tx) => {
    const application = await selectCaseForStep(tx, actor, applicationId, 'transfer-in');
    requireAgencyStep(application, 'completed', version);
    const { pooledFundFen, individualAccountFen } = application;
    if (pooledFundFen === null || individualAccountFen === null)
      throw new AppError('FUNDS_NOT_RECEIVED');
    const posting = await checkFundTransferPosted(tx, {
      applicationId: application.id,
      scheme: application.scheme,
      fromRegionCode: application.fromRegionCode,
      toRegionCode: application.toRegionCode,
      pooledFundFen,
      individualAccountFen,
    });
    if (!posting.posted) throw new AppError('FUNDS_NOT_RECEIVED');
    const contactLetter = await selectTransferDocument(tx, application.id, 'contact-letter');
    const informationTable = await selectTransferDocument(tx, application.id, 'information-table');
    // The transfer-out step issues the table in the transaction that makes the case out-done.
    if (!contactLetter || !informationTable)
      throw new Error(`Case ${application.id} is out-done without its documents`);
    const found = await personWithRecord(tx, application.personId);
    const plan = mergePlanOf(found.record, application);

    const number = await allocateDocumentNumber(tx, {
      regionCode: actor.agencyRegionCode,
      kind: 'completion-notice',
      year: today.slice(0, 4),
    });
    const inAgency = agencyOnDocument(directory, application.toRegionCode);
    const notice = completionNoticeOf({
      number,
      issuedOn: today,
      application: { scheme: application.scheme, pooledFundFen, individualAccountFen },
      applicationReference: applicationReference(application.id),
      person: { name: found.person.name, citizenId: revealCitizenId(cipher, found.person) },
      contactLetterNumber: contactLetter.number,
      informationTableNumber: informationTable.number,
      transferOutAgency: agencyOnDocument(directory, application.fromRegionCode),
      transferInAgency: inAgency,
      contributionMonths: monthsCarriedOver(plan),
      sealLines: sealLinesOf(inAgency, actor),
    });
    await requireRenderable(() => renderCompletionNotice(notice, { generatedAt: now }));

    const receivingId =
      plan.receiving?.id ??
      (
        await recordInsuranceRelationship({
          tx,
          actor: staff,
          personId: application.personId,
          relationship: {
            scheme: application.scheme,
            regionCode: application.toRegionCode,
            status: 'contributing',
            startedOn: today,
          },
        })
      ).id;
    let periods = 0;
    for (const outgoing of plan.outgoing) {
      const merged = await mergeContributionPeriods({
        tx,
        actor: staff,
        personId: application.personId,
        fromRelationshipId: outgoing.id,
        toRelationshipId: receivingId,
        reason: `transfer-completed:${application.id}`,
      });
      periods += merged.periods;
    }
    const completionNotice = await storeTransferDocument(tx, cipher, staff, {
      applicationId: application.id,
      kind: 'completion-notice',
      number,
      issuedByRegionCode: actor.agencyRegionCode,
      issuedAt: now,
      content: notice,
    });
    const updated = await recordAgencyStep(tx, {
      application,
      actor,
      step: 'completed',
      version,
      eventPayload: {
        pooledFundFen: Number(pooledFundFen),
        individualAccountFen: Number(individualAccountFen),
        ledgerEntryId: posting.entryId,
        relationshipId: receivingId,
        periodsMerged: periods,
        completionNoticeNumber: number,
      },
      now,
    });
    return { application: updated, completionNotice };
  });
}
