import { Logger, run, type Runner, type Task, type TaskList } from 'graphile-worker';
import type { Logger as PinoLogger } from 'pino';
import type pg from 'pg';
import type { Db } from '../db/database.ts';
import {
  DISPATCH_EVENT_TASK,
  dispatchEvent,
  type DomainEvent,
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
 * in its own process (`npm run worker`) when scaled. Crashed jobs are picked up again after their
 * lock expires; failed ones are retried with exponential back-off.
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
}): Promise<Runner> {
  const dispatch: Task = async (payload) => {
    await dispatchEvent(options.db, options.subscriptions, payload as DomainEvent);
  };
  return run({
    pgPool: options.pool,
    concurrency: options.concurrency ?? 2,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: workerLogger(options.log),
    taskList: { [DISPATCH_EVENT_TASK]: dispatch, ...options.tasks },
    // Given as a string, so that no `crontab` file in the working directory is ever read.
    crontab: options.crontab ?? '',
  });
}
