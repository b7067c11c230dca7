import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import type { TransferDestinationRegistry } from '../regions/index.ts';
import { createStaffAccount } from './commands/create-staff-account.ts';
import { disableStaffAccount } from './commands/disable-staff-account.ts';
import { presentStaffAccount } from './staff.presenter.ts';
import { selectStaffAccounts } from './staff.repository.ts';
import {
  createdStaffSchema,
  createStaffBodySchema,
  staffAccountListSchema,
  staffAccountSchema,
  staffIdParamsSchema,
  versionBodySchema,
} from './staff.schemas.ts';

export interface StaffAdminRouteOptions {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
}

/** The sysadmin's management of staff accounts (SECURITY.md: accounts belong to sysadmin). */
export const staffAdminRoutes: FastifyPluginAsyncZod<StaffAdminRouteOptions> = async (
  app,
  { db, cipher, registry },
) => {
  const agencyName = async () => {
    const directory = await registry.directory();
    return (code: string) => directory.agencyOf(code)?.name;
  };

  app.get(
    '/admin/staff-accounts',
    {
      config: { policy: 'sysadmin' },
      schema: {
        tags: ['admin'],
        summary: 'Every staff account',
        response: { 200: staffAccountListSchema, ...errorResponses(401, 403) },
      },
    },
    async () => {
      const name = await agencyName();
      const rows = await selectStaffAccounts(db);
      return { accounts: rows.map((row) => presentStaffAccount(row, name)) };
    },
  );

  app.post(
    '/admin/staff-accounts',
    {
      config: { policy: 'sysadmin' },
      schema: {
        tags: ['admin'],
        summary: 'Create a staff account; the answer shows its activation code once',
        body: createStaffBodySchema,
        response: { 201: createdStaffSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const directory = await registry.directory();
      const { account, activationCode } = await createStaffAccount({
        db,
        cipher,
        admin: request.staff!,
        ...request.body,
        agencyExists: (code) => directory.agencyOf(code) !== undefined,
      });
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({
        account: presentStaffAccount(account, (code) => directory.agencyOf(code)?.name),
        activationCode,
        activationExpiresAt: account.activationExpiresAt!.toISOString(),
      });
    },
  );

  app.post(
    '/admin/staff-accounts/:staffId/disable',
    {
      config: { policy: 'sysadmin' },
      schema: {
        tags: ['admin'],
        summary: 'Disable a staff account: its sessions end at once',
        params: staffIdParamsSchema,
        body: versionBodySchema,
        response: { 200: staffAccountSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const row = await disableStaffAccount({
        db,
        admin: request.staff!,
        staffId: request.params.staffId,
        version: request.body.version,
      });
      return presentStaffAccount(row, await agencyName());
    },
  );
};
