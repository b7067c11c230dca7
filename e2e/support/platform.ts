import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/src/app.ts';
import { seedDemoData } from '../../server/src/database-setup.ts';
import {
  createDevelopmentSmsOutbox,
  issueCounterCode,
} from '../../server/src/modules/identity/index.ts';
import { createFieldCipher } from '../../server/src/platform/crypto/index.ts';
import { createTestDatabase } from '../../server/test/helpers/test-database.ts';
import { deliverPendingEvents } from '../../server/test/notifications/notification-helpers.ts';
import { testConfig } from '../../server/test/helpers/test-app.ts';
import type { Config } from '../../server/src/platform/config.ts';

/**
 * The whole platform with demo data (openings and people) on a fresh database, on a free port;
 * `config` changes settings of the test configuration (e.g. a short e-card QR code lifetime).
 */
export async function startPlatform(options: { config?: Partial<Config> } = {}): Promise<{
  baseUrl: string;
  /** What agency staff do with `shebao verification issue-counter-code`: a 柜台核验码. */
  issueCounterCode(citizenId: string): Promise<string>;
  /**
   * What the passing of a day does to real-person authentications: every one so far becomes too
   * old for a sensitive action (REAL_PERSON_AUTH_FRESH_MINUTES), without waiting for it.
   */
  lapseRealPersonAuthentications(): Promise<void>;
  /**
   * What the passing of `days` does to a member of staff's password, for password rotation (its
   * period is 30 days at least): it was last changed that long ago.
   */
  ageStaffPassword(username: string, days: number): Promise<void>;
  /**
   * What the background worker of `npm start` does: runs until every event written so far is
   * delivered (in-app messages, text messages on /dev/sms), then stops.
   */
  deliverPendingEvents(): Promise<void>;
  stop(): Promise<void>;
}> {
  const database = await createTestDatabase();
  // One key for the demo people and the app, so that binding an account finds them.
  const cipher = createFieldCipher(randomBytes(32));
  await seedDemoData(database, { cipher });
  // One development outbox for the app and the worker: every text shows on /dev/sms.
  const sms = createDevelopmentSmsOutbox();
  const app = await buildApp({ config: testConfig(options.config), database, cipher, sms });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    issueCounterCode: async (citizenId) =>
      (
        await issueCounterCode({
          db: database.db,
          cipher,
          citizenId,
          issuedBy: { type: 'cli', id: 'e2e' },
        })
      ).code,
    lapseRealPersonAuthentications: async () => {
      await database.pool.query(
        `update real_person_verifications
            set started_at = started_at - interval '1 day',
                completed_at = completed_at - interval '1 day'
          where completed_at is not null`,
      );
    },
    ageStaffPassword: async (username, days) => {
      const { rowCount } = await database.pool.query(
        `update staff_accounts set password_changed_at = now() - make_interval(days => $2)
          where username = $1`,
        [username, days],
      );
      if (rowCount !== 1) throw new Error(`no staff account ${username}`);
    },
    deliverPendingEvents: () => deliverPendingEvents({ database, cipher, sms }),
    stop: async () => {
      await app.close();
      await database.drop();
    },
  };
}
