import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { openBenchDatabase } from './bench-database.ts';
import {
  drainPool,
  prepareCitizens,
  startProductionApp,
  submissionForm,
} from './citizen-fixtures.ts';
import { measureDriven, type DrivenLoad } from './driven-load.ts';
import type { InquiryBenchResult, Measured } from './inquiry.bench.ts';

export type SubmissionsBenchResult = InquiryBenchResult & {
  /** Citizens prepared (each submits once) and the load driver's concurrency. */
  citizens: number;
  concurrency: number;
  /**
   * Each round's submissions as a share of the bare inserts of the round before it, in order: how
   * far the machine moved the figure during the run (the bare insert waits on the disk's flush,
   * whose speed varies on a virtual machine).
   */
  roundRatios: number[];
};

/**
 * Transfer applications submitted per second (`POST /api/v1/me/transfer-applications`) through
 * the whole platform — session cookie, Idempotency-Key, fresh real-person authentication,
 * eligibility, one transaction writing the application, its first action, the audit entry and the
 * outbox event —
 * against a bare Fastify route doing one `INSERT` on the same database, both driven by the same
 * Node load driver (every submission comes from a different citizen). Goal: at least 0.3.
 */
export async function benchSubmissions(options: {
  seconds: number;
  rounds: number;
  concurrency: number;
}): Promise<SubmissionsBenchResult> {
  const database = await openBenchDatabase();
  const { app, url, cipher, config } = await startProductionApp(database);
  await database.pool.query(
    'create table if not exists bench_rows (id uuid primary key, payload text not null)',
  );
  const bare = Fastify({ logger: false });
  bare.post('/bare', async (request, reply) => {
    const id = randomUUID();
    await database.pool.query('INSERT INTO bench_rows (id, payload) VALUES ($1, $2)', [
      id,
      JSON.stringify(request.body),
    ]);
    return reply.code(201).send({ id });
  });
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/bare`;
  const submitUrl = `${url}/api/v1/me/transfer-applications`;
  const body = JSON.stringify(submissionForm);
  const jsonHeaders = { 'content-type': 'application/json' };
  let batch = 0;
  let prepared = 0;
  const citizens = async (count: number) => {
    prepared += count;
    return prepareCitizens({ database, cipher, config, count, batch: batch++ });
  };
  const load = (job: Pick<DrivenLoad, 'url' | 'requests' | 'once' | 'seconds'>) =>
    measureWithCpu({ ...job, method: 'POST', connections: options.concurrency });
  const baselineRound = (seconds: number) =>
    load({ url: bareUrl, requests: [{ headers: jsonHeaders, body }], once: false, seconds });
  const subjectRound = (cookies: string[], seconds: number) =>
    load({
      url: submitUrl,
      // Each with its own Idempotency-Key, as the web client sends one with every submission.
      requests: cookies.map((cookie) => ({
        headers: { ...jsonHeaders, cookie, 'idempotency-key': randomUUID() },
        body,
      })),
      once: true,
      seconds,
    });

  try {
    // Warm both up. The submission's path is long: its compilation and the garbage collector
    // settle only after ~12 s of submissions, and rounds before that read low (bench/README.md,
    // eighth round). The bare insert settles within its 2 s.
    await baselineRound(2);
    // Each round's citizens are sized by the fastest rate seen so far (the first by a guess): a
    // round that runs out of them ends with fewer than the set number in flight.
    let fastest = 0;
    for (const seconds of [2, 4, 6]) {
      const count = fastest === 0 ? 3000 : Math.ceil(fastest * seconds * 1.6) + 200;
      const warm = await subjectRound(await citizens(count), seconds);
      assertClean(warm, 'warm-up');
      fastest = Math.max(fastest, warm.requestsPerSecond);
    }
    const baselines: Measured[] = [];
    const subjects: Measured[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const cookies = await citizens(Math.ceil(fastest * options.seconds * 1.6) + 200);
      baselines.push(await baselineRound(options.seconds));
      const subject = await subjectRound(cookies, options.seconds);
      assertClean(subject, `round ${round + 1}`);
      if (subject.completed >= cookies.length)
        console.warn(`  (round ${round + 1} used every prepared citizen before the time was up)`);
      subjects.push(subject);
      fastest = Math.max(fastest, subject.requestsPerSecond);
    }
    const baseline = median(baselines, (m) => m.requestsPerSecond);
    const subject = median(subjects, (m) => m.requestsPerSecond);
    const cpu = (list: Measured[]) =>
      median(list, (m) => m.cpuMicrosPerRequest).cpuMicrosPerRequest;
    return {
      name: 'submissions vs bare insert',
      baseline,
      subject,
      ratio: subject.requestsPerSecond / baseline.requestsPerSecond,
      cpuRatio: cpu(baselines) / cpu(subjects),
      goal: 0.3,
      citizens: prepared,
      concurrency: options.concurrency,
      roundRatios: subjects.map((m, i) => m.requestsPerSecond / baselines[i]!.requestsPerSecond),
    };
  } finally {
    await drainPool(database);
    await bare.close();
    await app.close();
    await database.stop();
  }
}

type DrivenMeasured = Measured & { completed: number; samples: string[] };

function assertClean(m: DrivenMeasured, label: string): void {
  if (m.non2xx > 0 || m.errors > 0)
    throw new Error(
      `submissions answered ${m.non2xx} errors, ${m.errors} failures (${label}): ${m.samples.join(' | ')}`,
    );
}

/** One round of driven load, with the CPU this process spent serving it. */
export async function measureWithCpu(job: DrivenLoad): Promise<DrivenMeasured> {
  const before = process.cpuUsage();
  const result = await measureDriven(job);
  const used = process.cpuUsage(before);
  const { elapsedSeconds: _elapsed, ...rest } = result;
  return { ...rest, cpuMicrosPerRequest: (used.user + used.system) / result.completed };
}

export function median<T>(items: T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor(sorted.length / 2)]!;
}
