import type { Config } from '../config.ts';
import { ensureDatabaseExists, openDatabase, type Database } from './database.ts';
import { runningEmbeddedPostgresUrl, startEmbeddedPostgres } from './embedded-postgres.ts';

/** The database name used on the embedded server. */
const EMBEDDED_DATABASE = 'shebao';

/**
 * Connects to `DATABASE_URL`, or starts the embedded PostgreSQL and connects to it. The caller
 * stops the embedded server through `stop` when it shuts down.
 */
export async function connectDatabase(
  config: Config,
  log: (message: string) => void,
): Promise<Database & { stop(): Promise<void> }> {
  if (config.databaseUrl) {
    const database = openDatabase({ url: config.databaseUrl, poolSize: config.databasePoolSize });
    return { ...database, stop: () => database.close() };
  }
  const running = await runningEmbeddedPostgresUrl({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
  });
  if (running) {
    const url = await ensureDatabaseExists(running, EMBEDDED_DATABASE);
    const database = openDatabase({ url, poolSize: config.databasePoolSize });
    return { ...database, stop: () => database.close() };
  }
  log(`starting the embedded PostgreSQL (data in ${config.dataDir}/postgres)`);
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    onNotice: log,
  });
  try {
    const url = await ensureDatabaseExists(server.url, EMBEDDED_DATABASE);
    const database = openDatabase({ url, poolSize: config.databasePoolSize });
    return {
      ...database,
      stop: async () => {
        await database.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
