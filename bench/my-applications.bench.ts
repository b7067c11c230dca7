import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { openBenchDatabase } from './bench-database.ts';
import {
  drainPool,
  prepareCitizens,
  startProductionApp,
  submissionForm,
} from './citizen-fixtures.ts';
import type { InquiryBenchResult, Measured } from './inquiry.bench.ts';
import { measureLoad, measureLoadWithCpu } from './load.ts';
import { median } from './submissions.bench.ts';

/**
 * A signed-in citizen reading "my applications" (`GET /api/v1/me/transfer-applications`, one
 * application with its timeline) through the whole platform — session lookup, bound person, the
 * applications and their actions, decryption and masking, the presenter, the response schema —
 * against a bare Fastify route reading one `transfer_applications` row by primary key on the same
 * database. Load from wrk, each request with the session cookie of the next of `readers` citizens.
 * Goal: at least 0.5.
 */
export async function benchMyApplications(options: {
  seconds: number;
  connections: number;
  rounds: number;
  /** Signed-in citizens the reads come from, in turn. */
  readers: number;
}): Promise<InquiryBenchResult & { readers: number }> {
  const database = await openBenchDatabase();
  const { app, url, cipher, config } = await startProductionApp(database);
  // Many readers, each with one application: the load comes from many signed-in people, each
  // request with the next one's cookie, as on the real site (not one cookie replayed).
  const cookies = await prepareCitizens({
    database,
    cipher,
    config,
    count: options.readers,
    batch: 0,
  });
  const listUrl = `${url}/api/v1/me/transfer-applications`;
  let id = '';
  for (let start = 0; start < cookies.length; start += 20) {
    await Promise.all(
      cookies.slice(start, start + 20).map(async (cookie) => {
        const submitted = await fetch(listUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify(submissionForm),
        });
        if (submitted.status !== 201) throw new Error(`submit answered ${submitted.status}`);
        id = ((await submitted.json()) as { id: string }).id;
      }),
    );
  }
  const sample = await fetch(listUrl, { headers: { cookie: cookies[0]! } });
  const listed = (await sample.json()) as { applications: unknown[] };
  if (sample.status !== 200 || listed.applications.length !== 1)
    throw new Error(`my applications answered ${sample.status}`);

  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => {
    const { rows } = await database.pool.query(
      `SELECT id, person_id, scheme, from_region_code, to_region_code, status, address, post_code,
              channel, submitted_at, version
         FROM transfer_applications WHERE id = $1`,
      [id],
    );
    return rows[0];
  });
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/bare`;
  const load = { seconds: options.seconds, connections: options.connections };
  const withCookie = { ...load, cookies };

  try {
    await measureLoad(bareUrl, { ...load, seconds: 2 });
    await measureLoad(listUrl, { ...withCookie, seconds: 2 });
    const baselines: Measured[] = [];
    const subjects: Measured[] = [];
    for (let round = 0; round < options.rounds; round++) {
      baselines.push(await measureLoadWithCpu(bareUrl, load));
      subjects.push(await measureLoadWithCpu(listUrl, withCookie));
    }
    if (subjects.some((s) => s.non2xx > 0 || s.errors > 0))
      throw new Error('my applications answered errors under load');
    const baseline = median(baselines, (m) => m.requestsPerSecond);
    const subject = median(subjects, (m) => m.requestsPerSecond);
    const cpu = (list: Measured[]) =>
      median(list, (m) => m.cpuMicrosPerRequest).cpuMicrosPerRequest;
    return {
      name: 'my applications vs bare primary-key read',
      baseline,
      subject,
      ratio: subject.requestsPerSecond / baseline.requestsPerSecond,
      cpuRatio: cpu(baselines) / cpu(subjects),
      goal: 0.5,
      readers: options.readers,
    };
  } finally {
    await drainPool(database);
    await bare.close();
    await app.close();
    await database.stop();
  }
}
