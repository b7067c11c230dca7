import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadReferenceData, migrateDatabase, seedDemoData } from '../server/src/database-setup.ts';
import {
  ensureDatabaseExists,
  openDatabase,
  type Database,
} from '../server/src/platform/db/database.ts';
import { startEmbeddedPostgres } from '../server/src/platform/db/embedded-postgres.ts';

/**
 * A database with the demo data for the benchmarks: on BENCH_DATABASE_URL when set, otherwise on a
 * throw-away embedded PostgreSQL.
 */
export async function openBenchDatabase(): Promise<Database & { stop(): Promise<void> }> {
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let cleanup = async () => undefined as void;
  if (!serverUrl) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'shebao-bench-'));
    await chmod(dataDir, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir,
      port: 54500 + Math.floor(Math.random() * 400),
    });
    serverUrl = server.url;
    cleanup = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const database = openDatabase({
    url: await ensureDatabaseExists(serverUrl, 'shebao_bench'),
    poolSize: 10,
  });
  await migrateDatabase(database);
  await loadReferenceData(database);
  await seedDemoData(database);
  return {
    ...database,
    stop: async () => {
      await database.close();
      await cleanup();
    },
  };
}
