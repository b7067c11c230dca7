import type { Task } from 'graphile-worker';
import type { Db } from '../../../platform/db/database.ts';
import { expireTemporaryLosses } from './expire-temporary-losses.ts';

export const TEMPORARY_LOSS_EXPIRY_TASK = 'card-temporary-loss-expiry';

/**
 * Every ten minutes: a temporary loss report lasts days (CARD_TEMPORARY_LOSS_DAYS), so the card is
 * back in use at most ten minutes after its end. Each run catches up every report that ended, so
 * a run missed while no worker was up needs no making up.
 */
export const TEMPORARY_LOSS_EXPIRY_CRONTAB = `*/10 * * * * ${TEMPORARY_LOSS_EXPIRY_TASK} ?max=3`;

/** The background task behind the crontab line. */
export function temporaryLossExpiryTask(db: Db): Task {
  return async (_payload, helpers) => {
    const { restored } = await expireTemporaryLosses({ db });
    if (restored > 0) helpers.logger.info(`temporary loss expiry: ${restored} card(s) restored`);
  };
}
