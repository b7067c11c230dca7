import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/platform/config.ts';
import { createFieldCipher } from '../server/src/platform/crypto/index.ts';
import { openBenchDatabase } from './bench-database.ts';
import { measureLoad, measureLoadWithCpu, type LoadResult } from './load.ts';

export interface Measured extends LoadResult {
  /** Server CPU time per answered request, in microseconds (user + system, this process). */
  cpuMicrosPerRequest: number;
}

export interface InquiryBenchResult {
  name: string;
  baseline: Measured;
  subject: Measured;
  /** Throughput of the inquiry as a share of the bare route's. */
  ratio: number;
  /** The bare route's CPU per request as a share of the inquiry's: steadier on a busy machine. */
  cpuRatio: number;
  goal: number;
}

/**
 * The destination inquiry (`GET /api/v1/transfer-destinations/440100?scheme=employee-pension`)
 * through the whole platform — security headers, rate limit, validation, serialisation, logging at
 * `warn` as in production — against a bare Fastify route answering the same JSON body, in the same
 * process and run. Rounds alternate, so a passing disturbance of the machine hits both sides
 * alike, and each side's median round is kept. Goal: at least 80% of the bare throughput.
 */
export async function benchInquiry(options: {
  seconds: number;
  connections: number;
  rounds: number;
}): Promise<InquiryBenchResult> {
  const database = await openBenchDatabase();
  const config = loadConfig({
    NODE_ENV: 'production',
    SHEBAO_DATA_KEY: randomBytes(32).toString('base64'),
    // Production configuration needs a gateway; the benchmark sends no message.
    SMS_HTTP_URL: 'http://127.0.0.1:9/unused',
    SMS_HTTP_TOKEN: 'benchmark-sends-no-message',
    // Likewise a face-verification provider; the benchmark starts no authentication.
    FACE_VERIFIER_URL: 'http://127.0.0.1:9/unused',
    FACE_VERIFIER_TOKEN: 'benchmark-verifies-no-face',
    FACE_VERIFIER_PUBLIC_KEY: generateKeyPairSync('ed25519')
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString(),
    // And the key that signs e-card QR codes.
    ECARD_SIGNING_KEY: generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString(),
  });
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
    // Warm both up (JIT, caches) before measuring.
    await measureLoad(bareUrl, { seconds: 2, connections: options.connections });
    await measureLoad(appUrl + path, { seconds: 2, connections: options.connections });
    const baselines: Measured[] = [];
    const subjects: Measured[] = [];
    for (let round = 0; round < options.rounds; round++) {
      baselines.push(await measureLoadWithCpu(bareUrl, options));
      subjects.push(await measureLoadWithCpu(appUrl + path, options));
    }
    if (subjects.some((s) => s.non2xx > 0 || s.errors > 0)) {
      throw new Error('the inquiry answered errors under load');
    }
    const baseline = median(baselines, (m) => m.requestsPerSecond);
    const subject = median(subjects, (m) => m.requestsPerSecond);
    const cpu = (list: Measured[]) =>
      median(list, (m) => m.cpuMicrosPerRequest).cpuMicrosPerRequest;
    return {
      name: 'inquiry vs bare route',
      baseline,
      subject,
      ratio: subject.requestsPerSecond / baseline.requestsPerSecond,
      cpuRatio: cpu(baselines) / cpu(subjects),
      goal: 0.8,
    };
  } finally {
    await bare.close();
    await app.close();
    await database.stop();
  }
}

function median<T>(items: T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor(sorted.length / 2)]!;
}
