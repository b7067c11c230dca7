import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/src/app.ts';
import { seedDemoData } from '../../server/src/database-setup.ts';
import { createFieldCipher } from '../../server/src/platform/crypto/index.ts';
import { createTestDatabase } from '../../server/test/helpers/test-database.ts';
import { testConfig } from '../../server/test/helpers/test-app.ts';

/** The whole platform with demo data on a fresh database, listening on a free loopback port. */
export async function startPlatform(): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const database = await createTestDatabase();
  await seedDemoData(database);
  const app = await buildApp({
    config: testConfig(),
    database,
    cipher: createFieldCipher(randomBytes(32)),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      await database.drop();
    },
  };
}
