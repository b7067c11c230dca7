import { z } from 'zod';
import { insuranceSchemes } from '../../../../domain/schemes.ts';

export const regionCodeSchema = z
  .string()
  .regex(/^\d{6}$/)
  .describe('GB/T 2260 region code, six digits, e.g. 440100');

export const schemeSchema = z.enum(insuranceSchemes).describe('Insurance scheme');

export const destinationParamsSchema = z.strictObject({ regionCode: regionCodeSchema });
export const destinationQuerySchema = z.strictObject({ scheme: schemeSchema });

export const agencySchema = z.object({
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  postCode: z
    .string()
    .nullable()
    .describe('Six-digit post code (邮政编码); null when the agency has registered none'),
});

export const transferDestinationSchema = z
  .object({
    regionCode: z.string(),
    regionName: z.string().describe('Full name, e.g. 广东省广州市'),
    scheme: schemeSchema,
    online: z.boolean().describe('Whether online transfer applications are open today'),
    openSince: z.iso.date().optional().describe('The date from which they are (or will be) open'),
    agency: agencySchema.optional().describe('The social insurance agency serving the region'),
  })
  .meta({ id: 'TransferDestination' });

export const regionsQuerySchema = z
  .strictObject({
    parentCode: regionCodeSchema
      .optional()
      .describe('List the regions a person can pick under this one'),
    q: z.string().trim().min(1).max(20).optional().describe('Search destination regions by name'),
  })
  .refine((query) => !(query.parentCode && query.q), {
    path: ['q'],
    message: 'Give either parentCode or q, not both',
  });

export const regionSchema = z
  .object({
    code: z.string(),
    name: z.string().describe('Display name, e.g. 北京市 for the municipality'),
    fullName: z.string(),
    level: z.enum(['province', 'city', 'county']),
    destination: z
      .boolean()
      .describe('Whether it has its own agency and can be a transfer destination'),
  })
  .meta({ id: 'Region' });

export const regionListSchema = z.object({ regions: z.array(regionSchema) });
