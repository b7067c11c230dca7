import { z } from 'zod';

/** Most contribution periods one request may list: 50 years of one period a month. */
export const MAX_HISTORY_PERIODS = 600;

/** The highest monthly contribution wage accepted, in fen (1,000,000 yuan): far above any cap. */
export const MAX_MONTHLY_BASE_FEN = 100_000_000;

const regionCode = z
  .string()
  .regex(/^\d{6}$/)
  .describe('GB/T 2260 region code, six digits, e.g. 440300');

const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('A month, YYYY-MM');

const contributionPeriodSchema = z.strictObject({
  region: regionCode.describe('Where the contributions were paid (GB/T 2260)'),
  from: yearMonth.describe('First month, YYYY-MM'),
  to: yearMonth.describe('Last month, YYYY-MM, included'),
  monthlyBaseFen: z
    .number()
    .int()
    .min(0)
    .max(MAX_MONTHLY_BASE_FEN)
    .describe('Contribution wage (缴费工资基数) of each month, in fen; 0 only for deemed months'),
  employerRateBp: z
    .number()
    .int()
    .min(0)
    .max(10_000)
    .describe("Employer's contribution rate in basis points (1600 = 16%)"),
  insuredAs: z
    .enum(['employee', 'individual'])
    .describe('employee: through an employer; individual: on their own (灵活就业)'),
  accountKind: z
    .enum(['normal', 'temporary'])
    .describe('temporary: a temporary contribution account (50/40 rule)'),
  deemed: z.boolean().optional().describe('Months deemed paid (视同缴费): years, but no money'),
});

export const transferCalculatorBodySchema = z.strictObject({
  person: z.strictObject({
    sex: z.enum(['male', 'female']),
    birthDate: z.iso.date(),
    hukouRegion: regionCode.describe('Where the household is registered (户籍所在地)'),
  }),
  fromRegion: regionCode.describe('The transfer-out place (转出地)'),
  destinationRegion: regionCode.describe(
    'The transfer-in place (转入地), where the person works now',
  ),
  transferDate: z.iso.date(),
  officialTransfer: z
    .boolean()
    .optional()
    .describe('An approved official transfer (组织调动), exempt from the 50/40 rule'),
  history: z
    .array(contributionPeriodSchema)
    .min(1)
    .max(MAX_HISTORY_PERIODS)
    .describe('Every contribution period, in any region and order; no month twice'),
});

const explanationSchema = z.object({
  code: z.string().describe('Stable code of the rule, e.g. POOLED_FUND'),
  zh: z.string(),
  en: z.string(),
  values: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .describe('The numbers in the text: amounts in fen, counts in months, regions as codes'),
});

export const transferCalculationSchema = z
  .object({
    pooledFundFen: z.number().int().describe('Employer part moving to the pooled fund (统筹基金)'),
    individualAccountPrincipalFen: z
      .number()
      .int()
      .describe('Individual account (个人账户) credited since 1998, principal without interest'),
    totalFen: z.number().int(),
    temporaryAccount: z
      .boolean()
      .describe('Whether the move opens a temporary contribution account'),
    temporaryAccountReason: z
      .enum([
        'AGE_AND_AWAY_FROM_HUKOU_PLACE',
        'OFFICIAL_TRANSFER',
        'RETURN_TO_HUKOU_PLACE',
        'SAME_PLACE',
        'BELOW_AGE',
      ])
      .describe('Why the 50/40 rule does or does not open one'),
    benefitRegion: z.string().describe('Where the pension will be claimed (待遇领取地)'),
    benefitRegionName: z.string().describe('Its full name, e.g. 广东省深圳市'),
    benefitRegionReason: z
      .enum([
        'HUKOU_PLACE',
        'CURRENT_PLACE_10_YEARS',
        'EARLIER_PLACE_10_YEARS',
        'GATHERED_AT_HUKOU_PLACE',
      ])
      .describe('Which branch of the 10-year rule chose it'),
    totalMonths: z
      .number()
      .int()
      .describe('Contribution months in all places, deemed months included, each month once'),
    meetsMonthlyPensionMinimum: z.boolean().describe('Whether the months reach 15 years'),
    explanation: z.array(explanationSchema).describe('Each rule applied, in plain words'),
  })
  .meta({ id: 'TransferCalculation' });

export type TransferCalculatorBody = z.infer<typeof transferCalculatorBodySchema>;
export type TransferCalculationResponse = z.infer<typeof transferCalculationSchema>;

export const ownCalculatorInputSchema = z.object({
  person: transferCalculatorBodySchema.shape.person,
  fromRegion: z.string().nullable().describe('The newest relationship no longer contributing'),
  destinationRegion: z.string().nullable().describe('Where the person contributes now'),
  history: z.array(contributionPeriodSchema),
});
