export { settingDefinitions, settingKeys } from './setting-definitions.ts';
export type { SettingKey, SettingValue } from './setting-definitions.ts';
export { readSetting, getSetting, type StoredSetting } from './read-setting.ts';
export { changeSetting } from './change-setting.ts';
export { platformSettings } from './settings.tables.ts';
