import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/platform/config.ts';
import { createFieldCipher } from '../server/src/platform/crypto/index.ts';
import { openBenchDatabase } from './bench-database.ts';
import { measureLoad, type LoadResult } from './load.ts';

export interface InquiryBenchResult {
  name: string;
  baseline: LoadResult;
  subject: LoadResult;
  ratio: number;
  goal: number;
}

/**
 * The destination inquiry (`GET /api/v1/transfer-destinations/440100?scheme=employee-pension`)
 * through the whole platform — security headers, rate limit, validation, serialisation, logging at
 * `warn` — against a bare Fastify route answering a fixed JSON body of the same size, in the same
 * run on the same machine. Goal: the platform keeps at least 80% of the bare throughput.
 */
export async function benchInquiry(options: {
  seconds: number;
  connections: number;
}): Promise<InquiryBenchResult> {
  const database = await openBenchDatabase();
  const config = {
    ...loadConfig({ NODE_ENV: 'production', SHEBAO_DATA_KEY: randomBytes(32).toString('base64') }),
  };
  const app = await buildApp({
    config: { ...config, logLevel: 'warn', rateLimitPerMinute: 100_000_000 },
    database,
    cipher: createFieldCipher(randomBytes(32)),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const path = '/api/v1/transfer-destinations/440100?scheme=employee-pension';
  const sample = await fetch(appUrl + path);
  if (sample.status !== 200) throw new Error(`inquiry answered ${sample.status}`);
  const body = await sample.text();

  const bare = Fastify({ logger: false });
  bare.get('/bare', async (_request, reply) => reply.type('application/json').send(body));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/bare`;

  try {
    // Warm both up (JIT, caches), then measure each in turn.
    await measureLoad(bareUrl, { seconds: 2, connections: options.connections });
    await measureLoad(appUrl + path, { seconds: 2, connections: options.connections });
    const baseline = await measureLoad(bareUrl, options);
    const subject = await measureLoad(appUrl + path, options);
    if (subject.non2xx > 0 || subject.errors > 0)
      throw new Error('the inquiry answered errors under load');
    return {
      name: 'inquiry vs bare route',
      baseline,
      subject,
      ratio: subject.requestsPerSecond / baseline.requestsPerSecond,
      goal: 0.8,
    };
  } finally {
    await bare.close();
    await app.close();
    await database.stop();
  }
}
