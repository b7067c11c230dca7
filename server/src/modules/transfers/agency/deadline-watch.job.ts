import type { Task } from 'graphile-worker';
import type { Db } from '../../../platform/db/database.ts';
import { runDeadlineWatch } from './deadline-watch.ts';

export const DEADLINE_WATCH_TASK = 'deadline-watch';

/**
 * Every day at 00:05 China time — 16:05 UTC, graphile-worker reads its crontab in UTC — so that
 * the standings are those of the new day before any agency opens. A run missed while no worker
 * was up is made up once within a day (`fill`); a failed run is retried three times.
 */
export const DEADLINE_WATCH_CRONTAB = `5 16 * * * ${DEADLINE_WATCH_TASK} ?fill=1d&max=3`;

/** The background task behind the crontab line (and `npx shebao deadlines watch`). */
export function deadlineWatchTask(db: Db): Task {
  return async (_payload, helpers) => {
    const summary = await runDeadlineWatch({
      db,
      actor: { type: 'system', id: DEADLINE_WATCH_TASK },
    });
    helpers.logger.info(`deadline watch: ${JSON.stringify(summary)}`);
  };
}
