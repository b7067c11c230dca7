import { z } from 'zod';
import { insuranceSchemes } from '../../../../domain/schemes.ts';

const regionCode = z
  .string()
  .regex(/^\d{6}$/, 'a six-digit region code')
  .describe('GB/T 2260 code of a city-level region');
const scheme = z.enum(insuranceSchemes);
const isoDate = z.iso.date();

export const openingsQuerySchema = z.strictObject({
  regionCode: regionCode.optional(),
  scheme: scheme.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const openingSchema = z
  .object({
    regionCode: z.string(),
    regionName: z.string().describe('Full name, e.g. 广东省广州市'),
    scheme,
    openSince: isoDate,
    online: z.boolean().describe('Whether the opening date has come (China time)'),
  })
  .meta({ id: 'OnlineTransferOpening' });

export const openingListSchema = z.object({
  openings: z.array(openingSchema),
  total: z.number().int(),
});

export const regionParamsSchema = z.strictObject({ regionCode });
export const regionSchemeParamsSchema = z.strictObject({ regionCode, scheme });

export const openBodySchema = z.strictObject({
  scheme,
  openSince: isoDate.describe('The first day online applications are accepted'),
  expectedOpenSince: isoDate
    .nullable()
    .describe('Version check: the opening date the page showed, null when it showed it closed'),
});

export const closeBodySchema = z.strictObject({
  expectedOpenSince: isoDate.describe('Version check: the opening date the page showed'),
});

export const openedSchema = z.object({
  opening: openingSchema,
  previousSince: isoDate.nullable(),
});

export const closedSchema = z.object({
  regionCode: z.string(),
  scheme,
  wasOpenSince: isoDate,
});
