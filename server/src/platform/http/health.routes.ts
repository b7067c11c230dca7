import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.literal('ok'),
  version: z.string(),
});

/** `GET /api/v1/health`: answers 200 only when the database answers too. */
export const healthRoutes: FastifyPluginAsyncZod<{ db: Db; version: string }> = async (
  app,
  { db, version },
) => {
  app.get(
    '/health',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'Is the platform up?',
        response: { 200: healthSchema },
      },
    },
    async () => {
      try {
        await db.execute(sql`select 1`);
      } catch {
        throw new AppError('SERVICE_UNAVAILABLE');
      }
      return { status: 'ok' as const, database: 'ok' as const, version };
    },
  );
};
