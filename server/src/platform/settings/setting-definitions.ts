import { z } from 'zod';

/**
 * Every operating parameter administrators may change at run time: its Zod schema and the value
 * that holds until an administrator first saves one. A stored value is always read through its
 * schema, so a row written by an older version of the code cannot reach a caller malformed.
 */
export const settingDefinitions = {
  /** Deadline watch: a step is "due soon" this many working days before its legal deadline. */
  deadlines: {
    schema: z.strictObject({ dueSoonWorkingDays: z.number().int().min(1).max(10) }),
    defaultValue: { dueSoonWorkingDays: 3 },
  },
  /**
   * Staff password rotation in days, or null for none: off by default, as OWASP ASVS asks; a
   * security administrator can turn it on where GB/T 22239 is applied (docs/DECISIONS.md).
   */
  security: {
    schema: z.strictObject({
      passwordRotationDays: z.number().int().min(30).max(365).nullable(),
    }),
    defaultValue: { passwordRotationDays: null },
  },
} as const;

export type SettingKey = keyof typeof settingDefinitions;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingDefinitions)[K]['schema']>;
export const settingKeys = Object.keys(settingDefinitions) as SettingKey[];
