import { z } from 'zod';
import { versionField } from '../../../platform/http/version-field.ts';
import { transferApplicationStatuses } from '../../../../../domain/transfer/application-status.ts';

const documentKind = z.enum(['contact-letter', 'information-table', 'completion-notice']);

export const processParamsSchema = z.strictObject({ id: z.uuid() });

export const processBodySchema = z.strictObject({
  version: versionField('The version the page showed'),
});

const issuedDocument = z.object({
  kind: documentKind,
  number: z.string(),
  issuedAt: z.string(),
});

const amounts = z
  .object({
    basis: z
      .enum(['calculated', 'within-province', 'not-modelled'])
      .describe(
        "calculated: the transfer calculator's amounts; within-province: pooled province-wide, nothing moves; not-modelled: a scheme whose funds the platform does not hold (medical, resident)",
      ),
    pooledFundFen: z.int().describe('Employer part moved between the pooled funds (统筹基金)'),
    individualAccountFen: z.int().describe('Individual account principal credited since 1998'),
    totalFen: z.int(),
  })
  .meta({ id: 'TransferOutAmounts' });

export const transferOutResultSchema = z
  .object({
    id: z.string(),
    status: z.enum(transferApplicationStatuses),
    version: z.int(),
    nextDeadlineOn: z.string().nullable(),
    amounts,
    document: issuedDocument.describe('The information table (信息表)'),
  })
  .meta({ id: 'AgencyTransferOutResult' });

export const completionResultSchema = z
  .object({
    id: z.string(),
    status: z.enum(transferApplicationStatuses),
    version: z.int(),
    nextDeadlineOn: z.string().nullable(),
    document: issuedDocument.describe('The completion notice (告知书)'),
  })
  .meta({ id: 'AgencyCompletionResult' });

export const caseDocumentParamsSchema = z.strictObject({ id: z.uuid(), kind: documentKind });

export const pdfSchema = z.string().describe('The document as PDF (application/pdf)');
