import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import type { TransferDestinationRegistry } from '../regions/index.ts';
import { presentTransferCalculation } from './calculator.presenter.ts';
import {
  ownCalculatorInputSchema,
  transferCalculationSchema,
  transferCalculatorBodySchema,
} from './calculator.schemas.ts';
import { getOwnCalculatorInput } from './queries/get-own-calculator-input.ts';
import { shapeProblems } from './calculator.validation.ts';
import { runTransferCalculator } from './queries/run-transfer-calculator.ts';

/**
 * The public calculator: what a pension transfer would move, and where the pension would be
 * claimed; and, for a signed-in citizen, their own recorded history to run it on.
 */
export const calculatorRoutes: FastifyPluginAsyncZod<{
  registry: TransferDestinationRegistry;
  db: Db;
}> = async (app, { registry, db }) => {
  app.get(
    '/me/transfer-calculator/input',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['calculator'],
        summary: 'The signed-in person’s own employee-pension record, as calculator input',
        response: { 200: ownCalculatorInputSchema, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => getOwnCalculatorInput({ db, accountId: request.session!.accountId }),
  );

  app.post(
    '/transfer-calculator',
    {
      config: { policy: 'public' },
      // Shape problems reach the handler, which words them for a person filling in a form.
      attachValidation: true,
      schema: {
        tags: ['calculator'],
        summary: 'What a pension transfer would move, and where the pension would be claimed',
        description:
          'Employee basic pension, cross-region transfer (国办发〔2009〕66号): the pooled fund and ' +
          'the individual account principal moving out of `fromRegion`, whether the move opens a ' +
          'temporary account (50/40 rule), and the benefit place (10-year rule), each explained ' +
          'in Chinese and English. No login; nothing is stored. A request with problems is ' +
          'answered 400 VALIDATION_FAILED listing every field, in the order of the form.',
        body: transferCalculatorBodySchema,
        response: { 200: transferCalculationSchema, ...errorResponses(400) },
      },
    },
    async (request) => {
      const { validationError } = request;
      if (validationError) {
        throw new AppError('VALIDATION_FAILED', {
          fields: shapeProblems(validationError.validation),
        });
      }
      return presentTransferCalculation(
        await runTransferCalculator({ registry, input: request.body }),
      );
    },
  );
};
