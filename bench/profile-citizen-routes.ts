import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { openBenchDatabase } from './bench-database.ts';
import {
  drainPool,
  prepareCitizens,
  startProductionApp,
  submissionForm,
} from './citizen-fixtures.ts';
import { measureDriven } from './driven-load.ts';
import { measureLoad } from './load.ts';

/**
 * `npx tsx bench/profile-citizen-routes.ts`: where a submission and a "my applications" read
 * spend their time. Prints the SQL statements one request of each issues, then profiles the
 * server under load and prints the functions with the most self time, the CPU per request, the
 * statements sent per request and how long the main thread waited to be scheduled.
 * Not a benchmark (no baseline): a tool to find the cost before changing code.
 * PROFILE_SECONDS (5) sets each load's length; PROFILE_OUT writes the raw .cpuprofile files.
 */
const seconds = Number(process.env.PROFILE_SECONDS ?? 5);
const out = process.env.PROFILE_OUT;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const statements: string[] = [];
let counting = false;
/** Statements sent while a load is profiled, by their first words. */
const sentUnderLoad = new Map<string, number>();
let profiling = false;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (profiling) {
    const first = args[0] as string | { text?: string };
    const text = (typeof first === 'string' ? first : (first?.text ?? '?')).trim();
    const kind = text.replace(/\s+/g, ' ').slice(0, 70);
    sentUnderLoad.set(kind, (sentUnderLoad.get(kind) ?? 0) + 1);
  }
  if (counting) {
    const first = args[0] as string | { text?: string };
    const text = typeof first === 'string' ? first : (first?.text ?? '?');
    statements.push(text.replace(/\s+/g, ' ').slice(0, 140));
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

async function countStatements(label: string, request: () => Promise<Response>): Promise<void> {
  statements.length = 0;
  counting = true;
  const response = await request();
  await response.text();
  counting = false;
  console.log(`\n${label}: HTTP ${response.status}, ${statements.length} statements`);
  for (const text of statements) console.log(`  ${text}`);
}

function topSelfTime(profile: Profile, requests: number, limit = 30): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++)
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.replace(/^file:\/\/.*\/(node_modules\/|work\/main\/)?/, '');
    const key = `${functionName || '(anonymous)'}  ${file}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const place = url.includes('node_modules/')
      ? url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
      : url.startsWith('node:') || url === ''
        ? url || functionName
        : url.replace(/^.*\/work\/main\//, '').replace(/\/[^/]*$/, '');
    byPlace.set(place, (byPlace.get(place) ?? 0) + micros);
  }
  const show = (title: string, map: Map<string, number>, n: number) => {
    console.log(`  ${title}`);
    for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(
        `    ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / requests).toFixed(0).padStart(6)} µs/req  ${key}`,
      );
  };
  show('by package or folder', byPlace, 15);
  show('by function (self time)', byFunction, limit);
}

async function profiled<T>(
  label: string,
  run: () => Promise<T>,
  count: (result: T) => number,
): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  sentUnderLoad.clear();
  profiling = true;
  const scheduled = mainThreadSchedule();
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  const schedule = mainThreadSchedule();
  profiling = false;
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  const requests = count(result);
  console.log(
    `\n${label}: ${requests} requests, ${((used.user + used.system) / requests).toFixed(0)} µs CPU/request (user ${(used.user / requests).toFixed(0)}, system ${(used.system / requests).toFixed(0)})`,
  );
  // Time the main thread was ready to run but not running: on a two-core virtual machine, a write
  // to PostgreSQL's socket wakes a backend that the kernel runs on the writer's core (bench/README.md).
  if (scheduled && schedule)
    console.log(
      `  main thread per request: ran ${((schedule.ranNs - scheduled.ranNs) / 1000 / requests).toFixed(0)} µs, waited runnable ${((schedule.waitedNs - scheduled.waitedNs) / 1000 / requests).toFixed(0)} µs, ${((schedule.involuntary - scheduled.involuntary) / requests).toFixed(2)} involuntary context switches`,
    );
  const sent = [...sentUnderLoad].sort((a, b) => b[1] - a[1]);
  const total = sent.reduce((sum, [, n]) => sum + n, 0);
  console.log(`  statements per request: ${(total / requests).toFixed(2)}`);
  for (const [kind, n] of sent.slice(0, 8))
    console.log(`    ${(n / requests).toFixed(2).padStart(5)}  ${kind}`);
  topSelfTime(profile, requests);
  if (out)
    await writeFile(`${out}-${label.replace(/\W+/g, '-')}.cpuprofile`, JSON.stringify(profile));
}

/** The main thread's scheduling so far (Linux only: /proc), or undefined elsewhere. */
function mainThreadSchedule():
  { ranNs: number; waitedNs: number; involuntary: number } | undefined {
  try {
    const task = `/proc/self/task/${process.pid}`;
    const [ranNs, waitedNs] = readFileSync(`${task}/schedstat`, 'utf8').split(' ').map(Number);
    const involuntary = Number(
      /nonvoluntary_ctxt_switches:\s+(\d+)/.exec(readFileSync(`${task}/status`, 'utf8'))?.[1],
    );
    return { ranNs: ranNs!, waitedNs: waitedNs!, involuntary };
  } catch {
    return undefined;
  }
}

const database = await openBenchDatabase();
const { app, url, cipher, config } = await startProductionApp(database);
try {
  const submitUrl = `${url}/api/v1/me/transfer-applications`;
  const body = JSON.stringify(submissionForm);
  const [cookie] = await prepareCitizens({ database, cipher, config, count: 1, batch: 0 });
  const headers = { 'content-type': 'application/json', cookie: cookie! };
  await countStatements('submit', () =>
    fetch(submitUrl, { method: 'POST', headers: { ...headers, 'idempotency-key': 'p-1' }, body }),
  );
  await countStatements('my applications', () => fetch(submitUrl, { headers }));
  const listed = (await (await fetch(submitUrl, { headers })).json()) as {
    applications: { id: string }[];
  };
  await countStatements('one application', () =>
    fetch(`${submitUrl}/${listed.applications[0]!.id}`, { headers }),
  );

  const cookies = await prepareCitizens({ database, cipher, config, count: 3000, batch: 1 });
  // Each with its own Idempotency-Key, as the web client and the benchmark send.
  const requests = cookies.map((c) => ({
    headers: { ...headers, cookie: c, 'idempotency-key': randomUUID() },
    body,
  }));
  // Warm up the JIT on a few hundred, then profile the rest.
  await measureDriven({
    url: submitUrl,
    method: 'POST',
    requests: requests.slice(0, 300),
    once: true,
    seconds: 2,
    connections: 20,
  });
  // Statistics that know the applications just written (citizen-fixtures.ts says why).
  await database.pool.query('analyze');
  await profiled(
    'submit',
    () =>
      measureDriven({
        url: submitUrl,
        method: 'POST',
        requests: requests.slice(300),
        once: true,
        seconds,
        connections: 20,
      }),
    (r) => r.completed,
  );
  await measureLoad(submitUrl, { seconds: 2, connections: 50, headers: { cookie: cookie! } });
  await profiled(
    'my applications',
    () => measureLoad(submitUrl, { seconds, connections: 50, headers: { cookie: cookie! } }),
    (r) => r.requestsPerSecond * seconds,
  );
} finally {
  await drainPool(database);
  await app.close();
  await database.stop();
}
