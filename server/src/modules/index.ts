import type { TaskList } from 'graphile-worker';
import type { FieldCipher } from '../platform/crypto/index.ts';
import type { Db } from '../platform/db/database.ts';
import type { EventSubscription } from '../platform/events/index.ts';
import type { SmsSender } from './identity/index.ts';
import {
  cardSubscriptions,
  TEMPORARY_LOSS_EXPIRY_CRONTAB,
  TEMPORARY_LOSS_EXPIRY_TASK,
  temporaryLossExpiryTask,
} from './cards/index.ts';
import { notificationSubscriptions } from './notifications/index.ts';
import {
  DEADLINE_WATCH_CRONTAB,
  DEADLINE_WATCH_TASK,
  deadlineWatchTask,
} from './transfers/index.ts';

/** What the modules' background work needs from the process that runs it. */
export interface BackgroundDependencies {
  db: Db;
  cipher: FieldCipher;
  /** The same adapter as the HTTP app's, so that development texts show on /dev/sms. */
  sms: SmsSender;
}

/**
 * Every module's background work, for the worker: event subscriptions (modules add theirs here as
 * they start reacting to each other's events, e.g. cards to `person.died`), tasks, and the
 * crontab lines that schedule some of them.
 */
export function moduleBackgroundWork(dependencies: BackgroundDependencies): {
  subscriptions: readonly EventSubscription[];
  tasks: TaskList;
  crontab: string;
} {
  return {
    subscriptions: [...notificationSubscriptions(dependencies), ...cardSubscriptions()],
    tasks: {
      [DEADLINE_WATCH_TASK]: deadlineWatchTask(dependencies.db),
      [TEMPORARY_LOSS_EXPIRY_TASK]: temporaryLossExpiryTask(dependencies.db),
    },
    crontab: [DEADLINE_WATCH_CRONTAB, TEMPORARY_LOSS_EXPIRY_CRONTAB].join('\n'),
  };
}
