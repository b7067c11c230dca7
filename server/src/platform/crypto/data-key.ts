import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';

/**
 * The master key for field encryption: `SHEBAO_DATA_KEY` when set (always in production).
 * Outside production a development key is generated once into the data folder, which git ignores,
 * so a newcomer needs no setup and no key is ever committed.
 */
export async function loadDataKey(
  config: Pick<Config, 'dataKey' | 'dataDir' | 'isProduction'>,
): Promise<Buffer> {
  if (config.dataKey) return Buffer.from(config.dataKey, 'base64');
  if (config.isProduction) throw new Error('SHEBAO_DATA_KEY is required in production');
  const file = path.join(config.dataDir, 'development-data-key');
  if (existsSync(file)) return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  await mkdir(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return key;
}
