import pg from 'pg';
import { loadReferenceData, migrateDatabase } from '../../server/src/database-setup.ts';
import { ensureDatabaseExists, openDatabase } from '../../server/src/platform/db/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance URL of the PostgreSQL server the tests of this project run on. */
    databaseServerUrl: string;
    /** A migrated database with reference data; each test file's database is copied from it. */
    templateDatabase: string;
  }
}

/**
 * Migrates once per run into a template database, so that every test file gets its own fresh,
 * fully migrated database with `CREATE DATABASE … TEMPLATE` in about a tenth of a second.
 */
export async function prepareTemplate(serverUrl: string, name: string): Promise<void> {
  const url = await ensureDatabaseExists(serverUrl, name);
  const database = openDatabase({ url, poolSize: 2 });
  try {
    await migrateDatabase(database);
    await loadReferenceData(database);
  } finally {
    // A template must have no open connection when it is copied.
    await database.close();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}
