import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { dropDatabase } from '../../../test/setup/template-database.ts';

/** A fresh, migrated database of its own for one test file, copied from the run's template. */
export async function createTestDatabase(): Promise<
  Database & { url: string; drop(): Promise<void> }
> {
  const serverUrl = inject('databaseServerUrl');
  const template = inject('templateDatabase');
  const name = `shebao_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString(), poolSize: 5 });
  return {
    ...database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      await dropDatabase(serverUrl, name);
    },
  };
}
