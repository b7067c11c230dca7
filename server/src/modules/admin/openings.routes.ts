import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chinaToday } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import {
  closeOnlineTransfer,
  openOnlineTransfer,
  type TransferDestinationRegistry,
} from '../regions/index.ts';
import { adminActor } from './admin-actor.ts';
import { presentOpening } from './openings.presenter.ts';
import {
  closeBodySchema,
  closedSchema,
  openBodySchema,
  openedSchema,
  openingListSchema,
  openingsQuerySchema,
  regionParamsSchema,
  regionSchemeParamsSchema,
} from './openings.schemas.ts';
import { listOnlineTransferOpenings } from './queries/list-online-transfer-openings.ts';

/**
 * The sysadmin opens and closes online transfer per region and scheme: the same commands as
 * `npx shebao regions open|close`, so every server's cached answer changes when the change commits.
 */
export const openingsRoutes: FastifyPluginAsyncZod<{
  db: Db;
  registry: TransferDestinationRegistry;
}> = async (app, { db, registry }) => {
  const regionName = async () => {
    const directory = await registry.directory();
    return (code: string) => {
      const region = directory.get(code);
      return region ? directory.fullName(region) : code;
    };
  };

  app.get(
    '/admin/regions/openings',
    {
      config: { policy: 'sysadmin' },
      schema: {
        tags: ['admin'],
        summary: 'Where online transfer is open, per region and scheme',
        querystring: openingsQuerySchema,
        response: { 200: openingListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { openings, total } = await listOnlineTransferOpenings({ db, ...request.query });
      const name = await regionName();
      const today = chinaToday();
      return { openings: openings.map((o) => presentOpening(o, name, today)), total };
    },
  );

  app.post(
    '/admin/regions/:regionCode/openings',
    {
      config: { policy: 'sysadmin' },
      schema: {
        tags: ['admin'],
        summary: 'Open online transfer in a region for a scheme from a date, or move the date',
        params: regionParamsSchema,
        body: openBodySchema,
        response: { 200: openedSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { regionCode } = request.params;
      const opened = await openOnlineTransfer({
        db,
        actor: adminActor(request.staff),
        regionCode,
        ...request.body,
      });
      return {
        opening: presentOpening(opened, await regionName(), chinaToday()),
        previousSince: opened.previousSince,
      };
    },
  );

  app.post(
    '/admin/regions/:regionCode/openings/:scheme/close',
    {
      config: { policy: 'sysadmin' },
      schema: {
        tags: ['admin'],
        summary: 'Close online transfer in a region for a scheme',
        params: regionSchemeParamsSchema,
        body: closeBodySchema,
        response: { 200: closedSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const closed = await closeOnlineTransfer({
        db,
        actor: adminActor(request.staff),
        ...request.params,
        expectedOpenSince: request.body.expectedOpenSince,
      });
      // The version check guarantees it was open at the date the page showed.
      return { ...closed, wasOpenSince: closed.wasOpenSince! };
    },
  );
};
