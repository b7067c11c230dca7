import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chinaToday } from '../../platform/clock.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import { findTransferDestination } from './queries/find-transfer-destination.ts';
import { presentRegion, presentTransferDestination } from './regions.presenter.ts';
import {
  destinationParamsSchema,
  destinationQuerySchema,
  regionListSchema,
  regionsQuerySchema,
  transferDestinationSchema,
} from './regions.schemas.ts';
import type { TransferDestinationRegistry } from './transfer-destination-registry.ts';

/** Public routes: the region picker and the "has my destination opened online transfer?" inquiry. */
export const regionsRoutes: FastifyPluginAsyncZod<{
  registry: TransferDestinationRegistry;
}> = async (app, { registry }) => {
  app.get(
    '/regions',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['regions'],
        summary: 'Provinces, the regions under one, or a search by name',
        querystring: regionsQuerySchema,
        response: { 200: regionListSchema, ...errorResponses(400) },
      },
    },
    async (request) => {
      const directory = await registry.directory();
      const { parentCode, q } = request.query;
      const found = q
        ? directory.searchDestinations(q, 30)
        : parentCode
          ? directory.get(parentCode)?.level === 'province'
            ? directory.destinationsIn(parentCode)
            : directory.childrenOf(parentCode)
          : directory.provinces();
      return { regions: found.map((region) => presentRegion(directory, region)) };
    },
  );

  app.get(
    '/transfer-destinations/:regionCode',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['regions'],
        summary: 'Has this destination opened online transfer applications?',
        params: destinationParamsSchema,
        querystring: destinationQuerySchema,
        response: { 200: transferDestinationSchema, ...errorResponses(400, 404, 422) },
      },
    },
    async (request) =>
      presentTransferDestination(
        await findTransferDestination({
          registry,
          regionCode: request.params.regionCode,
          scheme: request.query.scheme,
          today: chinaToday(),
        }),
      ),
  );
};
