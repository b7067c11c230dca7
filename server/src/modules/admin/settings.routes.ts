import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import {
  changeSetting,
  readSetting,
  type SettingKey,
  type StoredSetting,
} from '../../platform/settings/index.ts';
import { adminActor } from './admin-actor.ts';
import {
  deadlineSettingsBodySchema,
  deadlineSettingsSchema,
  securitySettingsBodySchema,
  securitySettingsSchema,
} from './settings.schemas.ts';

function presentSetting<K extends SettingKey>(setting: StoredSetting<K>) {
  return {
    ...setting.value,
    version: setting.version,
    updatedAt: setting.updatedAt?.toISOString() ?? null,
  };
}

/**
 * Operating parameters, each owned by one administrator (SECURITY.md): the deadline warning by
 * the sysadmin (configuration), the password rotation policy by the secadmin (security policy).
 */
export const settingsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const deadlines = {
    tags: ['admin'],
    response: { 200: deadlineSettingsSchema, ...errorResponses(400, 401, 403, 409) },
  };
  app.get(
    '/admin/settings/deadlines',
    {
      config: { policy: 'sysadmin' },
      schema: { ...deadlines, summary: 'How many working days ahead a case step is "due soon"' },
    },
    async () => presentSetting(await readSetting(db, 'deadlines')),
  );
  app.put(
    '/admin/settings/deadlines',
    {
      config: { policy: 'sysadmin' },
      schema: {
        ...deadlines,
        summary: 'Change the deadline parameters',
        body: deadlineSettingsBodySchema,
      },
    },
    async (request) => {
      const { version, ...value } = request.body;
      const actor = adminActor(request.staff);
      return presentSetting(await changeSetting({ db, actor, key: 'deadlines', value, version }));
    },
  );

  const security = {
    tags: ['admin'],
    response: { 200: securitySettingsSchema, ...errorResponses(400, 401, 403, 409) },
  };
  app.get(
    '/admin/settings/security',
    {
      config: { policy: 'secadmin' },
      schema: { ...security, summary: 'Staff password rotation in days; null: no forced rotation' },
    },
    async () => presentSetting(await readSetting(db, 'security')),
  );
  app.put(
    '/admin/settings/security',
    {
      config: { policy: 'secadmin' },
      schema: {
        ...security,
        summary: 'Change the security policy',
        body: securitySettingsBodySchema,
      },
    },
    async (request) => {
      const { version, ...value } = request.body;
      const actor = adminActor(request.staff);
      return presentSetting(await changeSetting({ db, actor, key: 'security', value, version }));
    },
  );
};
