import { eq, sql } from 'drizzle-orm';
import { recordAudit, type Actor } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { emitEvent } from '../events/index.ts';
import { readSetting, type StoredSetting } from './read-setting.ts';
import { settingDefinitions, type SettingKey, type SettingValue } from './setting-definitions.ts';
import { platformSettings } from './settings.tables.ts';

/**
 * Saves a setting if it is still at `version` (the one the administrator saw; 0 for a setting
 * never saved), with its audit entry (old and new value) and the event `platform-setting.changed`
 * in one transaction. A stale version answers CONFLICT and changes nothing.
 */
export async function changeSetting<K extends SettingKey>({
  db,
  actor,
  key,
  value,
  version,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  key: K;
  value: SettingValue<K>;
  version: number;
  now?: Date;
}): Promise<StoredSetting<K>> {
  const parsed = settingDefinitions[key].schema.parse(value) as SettingValue<K>;
  return db.transaction(async (tx) => {
    const current = await readSetting(tx, key, { lock: true });
    if (current.version !== version) {
      throw new AppError('CONFLICT', { details: { version: current.version } });
    }
    const change = { value: parsed, updatedAt: now, updatedBy: `${actor.type}:${actor.id}` };
    // Two first saves racing: the insert of the second finds the row and changes nothing.
    const [saved] =
      version === 0
        ? await tx
            .insert(platformSettings)
            .values({ key, ...change, version: 1 })
            .onConflictDoNothing()
            .returning({ version: platformSettings.version })
        : await tx
            .update(platformSettings)
            .set({ ...change, version: sql`${platformSettings.version} + 1` })
            .where(eq(platformSettings.key, key))
            .returning({ version: platformSettings.version });
    if (!saved) throw new AppError('CONFLICT', { details: { version: current.version + 1 } });
    await recordAudit(tx, {
      actor,
      action: 'platform-setting.changed',
      subjectType: 'platform-setting',
      subjectId: key,
      data: { from: current.value, to: parsed, version: saved.version },
    });
    await emitEvent(tx, {
      name: 'platform-setting.changed',
      payload: { key, value: parsed, version: saved.version },
    });
    return {
      key,
      value: parsed,
      version: saved.version,
      updatedAt: now,
      updatedBy: change.updatedBy,
    };
  });
}
