import { z } from 'zod';
import { versionField } from '../../platform/http/version-field.ts';
import { settingDefinitions } from '../../platform/settings/index.ts';

const version = versionField(
  'Version check: the version the page showed (0 while the default holds)',
  { minimum: 0 },
);
const savedBy = {
  version: z.number().int(),
  updatedAt: z.string().nullable().describe('When it was last saved; null while the default holds'),
};

export const deadlineSettingsSchema = settingDefinitions.deadlines.schema
  .extend(savedBy)
  .meta({ id: 'DeadlineSettings' });
export const deadlineSettingsBodySchema = settingDefinitions.deadlines.schema.extend({ version });

export const securitySettingsSchema = settingDefinitions.security.schema
  .extend(savedBy)
  .meta({ id: 'SecuritySettings' });
export const securitySettingsBodySchema = settingDefinitions.security.schema.extend({ version });
