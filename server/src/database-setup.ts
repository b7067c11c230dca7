import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { runMigrations as runWorkerMigrations } from 'graphile-worker';
import { seedDemoCards } from './modules/cards/index.ts';
import { seedDemoPersons } from './modules/persons/index.ts';
import { loadReferenceRegions, seedDemoOpenings } from './modules/regions/index.ts';
import { seedDemoStaff } from './modules/staff/index.ts';
import { seedDemoTransferApplications } from './modules/transfers/index.ts';
import type { FieldCipher } from './platform/crypto/index.ts';
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

/**
 * Demo data, never in production (config refuses it): the registry of online transfer openings
 * (on an empty registry only), the demo people (each one only if not there yet) and their open
 * transfer applications. The people's
 * ID numbers and phones are encrypted and indexed with `cipher`, which must be the server's; without
 * a cipher they are left out.
 */
export async function seedDemoData(
  database: Database,
  options: { cipher?: FieldCipher } = {},
): Promise<{
  openings: number;
  persons: number;
  applications: number;
  staff: number;
  cards: number;
}> {
  const openings = (await seedDemoOpenings(database.db)).seeded;
  if (!options.cipher) return { openings, persons: 0, applications: 0, staff: 0, cards: 0 };
  const cipher = options.cipher;
  const persons = (await seedDemoPersons({ db: database.db, cipher })).seeded;
  const applications = (await seedDemoTransferApplications({ db: database.db, cipher })).seeded;
  const staff = (await seedDemoStaff({ db: database.db, cipher })).seeded;
  const cards = (await seedDemoCards({ db: database.db, cipher })).seeded;
  return { openings, persons, applications, staff, cards };
}
