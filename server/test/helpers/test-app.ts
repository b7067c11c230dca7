import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { seedDemoData } from '../../src/database-setup.ts';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import {
  createDevelopmentSmsOutbox,
  type DevelopmentSmsOutbox,
  type FaceVerifierAdapter,
} from '../../src/modules/identity/index.ts';
import { createFieldCipher, type FieldCipher } from '../../src/platform/crypto/index.ts';
import { scannedLogDestination, scanResponses } from './personal-data-scan.ts';
import { createTestDatabase } from './test-database.ts';

export type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

/** The test configuration: no worker, a generous rate limit unless a test lowers it. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}

/**
 * The real application on a fresh database of its own, called through `app.inject()`.
 * With `demoData`, the demo registry of online transfer openings is seeded first.
 */
export async function createTestApp(
  options: {
    demoData?: boolean;
    config?: Partial<Config>;
    faceVerifier?: FaceVerifierAdapter;
    /** The data key (default: random), e.g. to run the CLI against the same data. */
    dataKey?: Buffer;
    /** The time the e-card routes read (default: the system clock). */
    clock?: () => Date;
  } = {},
): Promise<{
  app: FastifyInstance;
  database: TestDatabase;
  sms: DevelopmentSmsOutbox;
  cipher: FieldCipher;
  close(): Promise<void>;
}> {
  const database = await createTestDatabase();
  const sms = createDevelopmentSmsOutbox();
  // One key for the demo people and the app, so that the app finds them.
  const cipher = createFieldCipher(options.dataKey ?? randomBytes(32));
  let app: FastifyInstance;
  try {
    if (options.demoData) await seedDemoData(database, { cipher });
    app = await buildApp({
      // Logs at `info` go to the personal-data scan (test/setup/scan-personal-data.ts).
      config: testConfig({ logLevel: 'info', ...options.config }),
      database,
      cipher,
      sms,
      ...(options.faceVerifier ? { faceVerifier: options.faceVerifier } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      logDestination: scannedLogDestination(),
    });
    scanResponses(app);
    await app.ready();
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    app,
    database,
    sms,
    cipher,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
