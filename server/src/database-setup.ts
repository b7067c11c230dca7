import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { runMigrations as runWorkerMigrations } from 'graphile-worker';
import { loadReferenceRegions, seedDemoOpenings } from './modules/regions/index.ts';
import type { Database } from './platform/db/database.ts';

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../drizzle');

/** Brings the schema up to date: our committed migrations, then graphile-worker's own. */
export async function migrateDatabase(database: Database): Promise<void> {
  await migrate(database.db, { migrationsFolder });
  await runWorkerMigrations({ pgPool: database.pool });
}

/** Reference data every installation needs: GB/T 2260 regions and their agencies. */
export async function loadReferenceData(database: Database): Promise<void> {
  await loadReferenceRegions(database.db);
}

/** Demo data, on an empty database only; never in production (config refuses it). */
export async function seedDemoData(database: Database): Promise<{ openings: number }> {
  const { seeded } = await seedDemoOpenings(database.db);
  return { openings: seeded };
}
