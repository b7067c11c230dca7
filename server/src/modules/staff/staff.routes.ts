import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionCookie } from '../../platform/auth/session-cookie.ts';
import { revokeSession, type SessionPolicy } from '../../platform/auth/session-store.ts';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import type { TransferDestinationRegistry } from '../regions/index.ts';
import {
  completeStaffActivation,
  startStaffActivation,
} from './commands/activate-staff-account.ts';
import { signInStaff } from './commands/sign-in-staff.ts';
import type { StaffPrincipal } from './staff-principal.ts';
import { presentStaffAccount } from './staff.presenter.ts';
import { selectStaffById } from './staff.repository.ts';
import {
  activationCompleteBodySchema,
  activationStartBodySchema,
  activationStartResultSchema,
  signedInStaffSchema,
  staffSignInBodySchema,
} from './staff.schemas.ts';

export interface StaffRouteOptions {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
  sessionPolicy: SessionPolicy;
  isProduction: boolean;
}

/** Staff sign-in with password and TOTP, activation of a new account, the staff member's own account. */
export const staffRoutes: FastifyPluginAsyncZod<StaffRouteOptions> = async (app, options) => {
  const { db, cipher, registry, sessionPolicy } = options;
  const cookie = sessionCookie(options.isProduction);
  const agencyName = async () => {
    const directory = await registry.directory();
    return (code: string) => directory.agencyOf(code)?.name;
  };
  const presentSignedIn = async (
    staffId: string,
    expiresAt: Date,
    passwordChangeRequired: boolean,
  ) => {
    const row = await selectStaffById(db, staffId);
    if (!row) throw new AppError('AUTHENTICATION_REQUIRED');
    return {
      account: presentStaffAccount(row, await agencyName()),
      session: {
        expiresAt: expiresAt.toISOString(),
        idleTimeoutSeconds: sessionPolicy.idleMinutes * 60,
      },
      passwordChangeRequired,
    };
  };

  app.post(
    '/staff/sign-in',
    {
      config: { policy: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['staff'],
        summary: 'Staff sign-in with user name, password and TOTP code; sets the session cookie',
        body: staffSignInBodySchema,
        response: { 200: signedInStaffSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { token, session, passwordChangeRequired } = await signInStaff({
        db,
        cipher,
        ...request.body,
        sessionPolicy,
      });
      reply.setCookie(cookie.name, token, { ...cookie.options, expires: session.expiresAt });
      return presentSignedIn(session.accountId, session.expiresAt, passwordChangeRequired);
    },
  );

  app.post(
    '/staff/sign-out',
    {
      config: { policy: 'staff' },
      schema: {
        tags: ['staff'],
        summary: 'Staff sign-out: ends the session at once',
        response: { 204: z.null(), ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await revokeSession(db, request.session!.id);
      reply.clearCookie(cookie.name, cookie.options);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/staff/me',
    {
      config: { policy: 'staff' },
      schema: {
        tags: ['staff'],
        summary: 'The signed-in staff member',
        response: { 200: signedInStaffSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) =>
      presentSignedIn(
        request.staff!.id,
        request.session!.expiresAt,
        (request.staff as StaffPrincipal).passwordChangeRequired,
      ),
  );

  app.post(
    '/staff/activation/start',
    {
      config: { policy: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['staff'],
        summary: 'Activation, step 1: the TOTP enrolment for a new staff account',
        body: activationStartBodySchema,
        response: { 200: activationStartResultSchema, ...errorResponses(400, 422, 429) },
      },
    },
    async (request) => startStaffActivation({ db, cipher, ...request.body }),
  );

  app.post(
    '/staff/activation',
    {
      config: { policy: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['staff'],
        summary: 'Activation, step 2: choose the password and confirm the first TOTP code',
        body: activationCompleteBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      await completeStaffActivation({ db, cipher, ...request.body });
      return reply.code(204).send(null);
    },
  );
};
