import { createCalendarModule } from './modules/calendar/index.ts';
import { createSmsSender } from './modules/identity/index.ts';
import { moduleBackgroundWork } from './modules/index.ts';
import { loadConfig } from './platform/config.ts';
import { createFieldCipher, loadDataKey } from './platform/crypto/index.ts';
import { connectDatabase } from './platform/db/connect.ts';
import { startWorker } from './platform/jobs/start-worker.ts';
import { createLogger } from './platform/logger.ts';

/**
 * The background runner as its own process, for when the HTTP servers run with SHEBAO_WORKER=off.
 * It needs `DATABASE_URL`: the embedded PostgreSQL belongs to the server process.
 */
const config = loadConfig();
const log = createLogger(config);
if (!config.databaseUrl) {
  log.error(
    'The separate worker needs DATABASE_URL (the embedded database belongs to `npm start`).',
  );
  process.exit(1);
}
const database = await connectDatabase(config, (message) => log.info(message));
// Jobs count working days: the holiday arrangements operators loaded come first, and follow loads.
const calendar = createCalendarModule({ db: database.db, pool: database.pool, log });
await calendar.start();
const runner = await startWorker({
  pool: database.pool,
  db: database.db,
  log,
  ...moduleBackgroundWork({
    db: database.db,
    cipher: createFieldCipher(await loadDataKey(config)),
    sms: createSmsSender(config),
  }),
  concurrency: 4,
});
log.info('worker started');
const stop = async () => {
  await runner.stop();
  await calendar.stop();
  await database.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
