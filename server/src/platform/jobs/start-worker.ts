import { Logger, run, type Task, type TaskList } from 'graphile-worker';
import type { Logger as PinoLogger } from 'pino';
import type pg from 'pg';
import type { Db } from '../db/database.ts';
import {
  DISPATCH_EVENT_TASK,
  dispatchEvent,
  type DomainEvent,
  startOutboxRelay,
  type EventSubscription,
} from '../events/index.ts';

/** Routes graphile-worker's log lines into the platform's pino logger. */
function workerLogger(log: PinoLogger): Logger {
  return new Logger((scope) => (level, message, meta) => {
    const record = { scope: { label: scope.label, taskIdentifier: scope.taskIdentifier }, ...meta };
    if (level === 'error') log.error(record, message);
    else if (level === 'warning') log.warn(record, message);
    else log.debug(record, message);
  });
}

/**
 * Starts the background runner on the platform's database: in the server process by default, or
 * in its own process (`npm run worker`) when scaled. It relays the event outbox into the job
 * queue and runs the jobs. Crashed jobs are picked up again after their lock expires; failed ones
 * are retried with exponential back-off. `stop` ends the relay and lets running jobs finish.
 */
export async function startWorker(options: {
  pool: pg.Pool;
  db: Db;
  log: PinoLogger;
  subscriptions: readonly EventSubscription[];
  tasks?: TaskList;
  /** Scheduled tasks, one crontab line each (times in UTC); none when absent. */
  crontab?: string;
  concurrency?: number;
}): Promise<{ stop(): Promise<void> }> {
  const dispatch: Task = async (payload) => {
    await dispatchEvent(options.db, options.subscriptions, payload as DomainEvent);
  };
  const runner = await run({
    pgPool: options.pool,
    concurrency: options.concurrency ?? 2,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: workerLogger(options.log),
    taskList: { [DISPATCH_EVENT_TASK]: dispatch, ...options.tasks },
    // Given as a string, so that no `crontab` file in the working directory is ever read.
    crontab: options.crontab ?? '',
  });
  const relay = startOutboxRelay({ db: options.db, log: options.log });
  return {
    async stop() {
      await relay.stop();
      await runner.stop();
    },
  };
}
