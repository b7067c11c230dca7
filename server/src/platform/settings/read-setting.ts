import { eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { settingDefinitions, type SettingKey, type SettingValue } from './setting-definitions.ts';
import { platformSettings } from './settings.tables.ts';

/** A setting as an editor needs it: the value, and the version to send back with a change. */
export interface StoredSetting<K extends SettingKey> {
  key: K;
  value: SettingValue<K>;
  /** 0 while the default holds (nothing saved yet); a change must name the version it saw. */
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** Reads a setting with its version; the default (version 0) when none was saved. */
export async function readSetting<K extends SettingKey>(
  db: Executor,
  key: K,
  options: { lock?: boolean } = {},
): Promise<StoredSetting<K>> {
  const query = db.select().from(platformSettings).where(eq(platformSettings.key, key));
  const [row] = options.lock ? await query.for('update') : await query;
  const definition = settingDefinitions[key];
  if (!row) {
    return {
      key,
      value: definition.defaultValue as SettingValue<K>,
      version: 0,
      updatedAt: null,
      updatedBy: null,
    };
  }
  return {
    key,
    // A stored value that no longer fits its schema is a bug to see, not to paper over.
    value: definition.schema.parse(row.value) as SettingValue<K>,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

/** The value of a setting, or its default: what the code that obeys the setting reads. */
export async function getSetting<K extends SettingKey>(
  db: Executor,
  key: K,
): Promise<SettingValue<K>> {
  return (await readSetting(db, key)).value;
}
