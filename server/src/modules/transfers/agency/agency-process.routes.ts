import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { errorResponses } from '../../../platform/http/error-responses.ts';
import { findBoundPersonId } from '../../identity/index.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import { agencyActor } from './agency-case-access.ts';
import { presentCompletion, presentTransferOut } from './agency-process.presenter.ts';
import {
  caseDocumentParamsSchema,
  completionResultSchema,
  pdfSchema,
  processBodySchema,
  processParamsSchema,
  transferOutResultSchema,
} from './agency-process.schemas.ts';
import { completeTransfer } from './commands/complete-transfer.ts';
import { transferOutCase } from './commands/transfer-out-case.ts';
import {
  downloadCaseDocument,
  downloadOwnCompletionNotice,
  type DownloadedDocument,
} from './queries/documents-download.ts';

export interface AgencyProcessRouteOptions {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
}

const pdfResponse = { content: { 'application/pdf': { schema: pdfSchema } } };

/** Sends a document as a PDF attachment, never cached (it carries the full ID number). */
function sendPdf(reply: FastifyReply, document: DownloadedDocument) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${document.number}.pdf"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(document.pdf.buffer, document.pdf.byteOffset, document.pdf.byteLength));
}

/**
 * The transfer-out and completion steps of the agencies (DOMAIN.md §3 steps 3–4) and the
 * downloads of a case's official documents: by the staff of either agency of the case, and the
 * completion notice by the applicant.
 */
export const agencyProcessRoutes: FastifyPluginAsyncZod<AgencyProcessRouteOptions> = async (
  app,
  { db, cipher, registry },
) => {
  app.post(
    '/agency/cases/:id/transfer-out',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency'],
        summary:
          'Transfer out (转出): compute and post the funds, end the local relationship, issue the information table',
        params: processParamsSchema,
        body: processBodySchema,
        response: {
          200: transferOutResultSchema,
          ...errorResponses(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request) =>
      presentTransferOut(
        await transferOutCase({
          db,
          cipher,
          registry,
          actor: agencyActor(request.staff!),
          applicationId: request.params.id,
          version: request.body.version,
        }),
      ),
  );

  app.post(
    '/agency/cases/:id/complete',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency'],
        summary:
          'Complete (办结): verify the funds, merge the record into the relationship here, issue the completion notice',
        params: processParamsSchema,
        body: processBodySchema,
        response: {
          200: completionResultSchema,
          ...errorResponses(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request) =>
      presentCompletion(
        await completeTransfer({
          db,
          cipher,
          registry,
          actor: agencyActor(request.staff!),
          applicationId: request.params.id,
          version: request.body.version,
        }),
      ),
  );

  app.get(
    '/agency/cases/:id/documents/:kind',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency'],
        summary: "A case's contact letter, information table or completion notice as PDF (audited)",
        params: caseDocumentParamsSchema,
        response: { 200: pdfResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await downloadCaseDocument({
          db,
          cipher,
          actor: agencyActor(request.staff!),
          applicationId: request.params.id,
          kind: request.params.kind,
        }),
      ),
  );

  app.get(
    '/me/transfer-applications/:id/documents/completion-notice',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['transfers'],
        summary: 'The completion notice of my completed transfer, as PDF (audited)',
        params: processParamsSchema,
        response: { 200: pdfResponse, ...errorResponses(400, 401, 404, 422) },
      },
    },
    async (request, reply) => {
      const { accountId } = request.session!;
      const personId = await findBoundPersonId({ db, accountId });
      if (personId === null) throw new AppError('PERSON_NOT_BOUND');
      return sendPdf(
        reply,
        await downloadOwnCompletionNotice({
          db,
          cipher,
          accountId,
          personId,
          applicationId: request.params.id,
        }),
      );
    },
  );
};
