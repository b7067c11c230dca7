import { buildApp } from './app.ts';
import { loadReferenceData, migrateDatabase, seedDemoData } from './database-setup.ts';
import { createSmsSender } from './modules/identity/index.ts';
import { moduleBackgroundWork } from './modules/index.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { createFieldCipher, loadDataKey } from './platform/crypto/index.ts';
import { connectDatabase } from './platform/db/connect.ts';
import { startWorker } from './platform/jobs/start-worker.ts';
import { createLogger } from './platform/logger.ts';

/** The HTTP entry: database, migrations, reference and demo data, the app, the in-process worker. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config);
  const database = await connectDatabase(config, (message) => log.info(message));
  let stopping = false;
  try {
    await migrateDatabase(database);
    await loadReferenceData(database);
    const cipher = createFieldCipher(await loadDataKey(config));
    if (config.demoData) {
      const seeded = await seedDemoData(database, { cipher });
      if (Object.values(seeded).some((n) => n > 0)) log.info(seeded, 'demo data seeded');
    }
    // One SMS adapter for the app and the worker: development texts all show on /dev/sms.
    const sms = createSmsSender(config);
    const app = await buildApp({ config, database, cipher, sms });
    // Ready first: the holiday arrangements operators loaded are then in the calendar that the
    // in-process worker's jobs count with too.
    await app.ready();
    const worker =
      config.worker === 'inline'
        ? await startWorker({
            pool: database.pool,
            db: database.db,
            log,
            ...moduleBackgroundWork({ db: database.db, cipher, sms }),
          })
        : undefined;

    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down: finishing requests in flight');
      // Stop taking requests and jobs first, then close the database they use.
      await app.close();
      await worker?.stop();
      await database.stop();
      log.info('stopped');
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));

    await app.listen({ host: config.host, port: config.port });
    const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    log.info(`Shebao is running on http://${shown}:${config.port}`);
  } catch (error) {
    log.error({ err: error }, 'could not start');
    await database.stop().catch(() => undefined);
    process.exit(1);
  }
}

function loadConfigOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

await main();
