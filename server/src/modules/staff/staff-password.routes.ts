import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sessionCookie } from '../../platform/auth/session-cookie.ts';
import type { SessionPolicy } from '../../platform/auth/session-store.ts';
import { perStaffMemberLimit } from '../../platform/auth/staff-rate-limit.ts';
import type { Db } from '../../platform/db/database.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import type { TransferDestinationRegistry } from '../regions/index.ts';
import { changeStaffPassword } from './commands/change-staff-password.ts';
import { presentStaffAccount } from './staff.presenter.ts';
import { selectStaffById } from './staff.repository.ts';
import { passwordChangeBodySchema, signedInStaffSchema } from './staff.schemas.ts';

/** A staff member changes their own password (also when the rotation policy requires it). */
export const staffPasswordRoutes: FastifyPluginAsyncZod<{
  db: Db;
  registry: TransferDestinationRegistry;
  sessionPolicy: SessionPolicy;
  isProduction: boolean;
}> = async (app, { db, registry, sessionPolicy, isProduction }) => {
  const cookie = sessionCookie(isProduction);
  app.post(
    '/staff/password',
    {
      config: {
        policy: 'staff',
        // Per member of staff, once the session is known: it holds back guessing the current
        // password with a stolen session, without refusing an office whose staff share one
        // address (all changing their passwords on the morning rotation asks it of them).
        rateLimit: perStaffMemberLimit('staff-password', 5),
      },
      schema: {
        tags: ['staff'],
        summary: 'Change your password: every other session ends, this one is renewed',
        body: passwordChangeBodySchema,
        response: { 200: signedInStaffSchema, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const { token, session } = await changeStaffPassword({
        db,
        staffId: request.staff!.id,
        ...request.body,
        sessionPolicy,
      });
      reply.setCookie(cookie.name, token, { ...cookie.options, expires: session.expiresAt });
      const row = await selectStaffById(db, session.accountId);
      const directory = await registry.directory();
      return {
        account: presentStaffAccount(row!, (code) => directory.agencyOf(code)?.name),
        session: {
          expiresAt: session.expiresAt.toISOString(),
          idleTimeoutSeconds: sessionPolicy.idleMinutes * 60,
        },
        passwordChangeRequired: false,
      };
    },
  );
};
