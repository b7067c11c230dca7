import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { benchDeadlineWatch } from './deadline-watch.bench.ts';
import { benchEcardVerify } from './ecard-verify.bench.ts';
import { benchInquiry, type InquiryBenchResult, type Measured } from './inquiry.bench.ts';
import { loadTool } from './load.ts';
import { benchMyApplications } from './my-applications.bench.ts';
import { benchSubmissions } from './submissions.bench.ts';

/**
 * `npm run bench`: every benchmark reports a ratio against a baseline measured in the same run, so
 * the figure means the same on a laptop and on a CI machine. Results go to bench/results/.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
/** Requests in flight from the Node load driver of the submissions benchmark. */
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 20);
/** Signed-in citizens whose cookies the "my applications" reads take in turn. */
const readers = Number(process.env.BENCH_READERS ?? 2000);
/** Open applications the deadline watch runs over. */
const deadlineRows = Number(process.env.BENCH_DEADLINE_ROWS ?? 1_000_000);
/** An experiment: the deadline watch with this fillfactor on the table (the schema sets none). */
const deadlineFillfactor = Number(process.env.BENCH_DEADLINE_FILLFACTOR ?? 0) || undefined;
/**
 * Only these benchmarks (comma-separated: inquiry, submissions, my-applications, ecard-verify,
 * deadline-watch);
 * the others keep their last results in latest.json. Each result carries its own measuredAt.
 */
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const selected = (name: string) => only === undefined || only.includes(name);
const measuredAt = new Date().toISOString();

const line = (label: string, m: Measured) =>
  `  ${label.padEnd(8)} ${m.requestsPerSecond.toFixed(0).padStart(7)} req/s   ` +
  `p50 ${m.latencyP50Ms.toFixed(2)} ms   p99 ${m.latencyP99Ms.toFixed(2)} ms   ` +
  `${m.cpuMicrosPerRequest.toFixed(1)} µs CPU/request`;
const report = (result: InquiryBenchResult, load: string, labels: [string, string]) => {
  console.log(
    `\n${result.name}: load from ${load}, median of ${rounds} alternating rounds of ${seconds} s`,
  );
  console.log(line(labels[0], result.baseline));
  console.log(line(labels[1], result.subject));
  console.log(
    `  throughput ratio ${result.ratio.toFixed(2)} (goal ≥ ${result.goal}: ${result.ratio >= result.goal ? 'met' : 'NOT met'})` +
      `   CPU ratio ${result.cpuRatio.toFixed(2)}`,
  );
};

const results: Record<string, unknown> = {};
if (selected('inquiry')) {
  const inquiry = await benchInquiry({ seconds, connections, rounds });
  report(inquiry, `${loadTool}, ${connections} connections`, ['bare', 'inquiry']);
  results.inquiry = { measuredAt, ...inquiry };
}
if (selected('submissions')) {
  const submissions = await benchSubmissions({ seconds, rounds, concurrency });
  report(submissions, `a Node driver, ${concurrency} in flight, ${submissions.citizens} citizens`, [
    'insert',
    'submit',
  ]);
  console.log(`  round by round ${submissions.roundRatios.map((r) => r.toFixed(2)).join(', ')}`);
  results.submissions = { measuredAt, ...submissions };
}
if (selected('my-applications')) {
  const myApplications = await benchMyApplications({ seconds, connections, rounds, readers });
  report(myApplications, `${loadTool}, ${connections} connections, ${readers} citizens in turn`, [
    'select',
    'mine',
  ]);
  results.myApplications = { measuredAt, ...myApplications };
}
if (selected('ecard-verify')) {
  const ecardVerify = await benchEcardVerify({ seconds, connections, rounds });
  report(ecardVerify, `${loadTool}, ${connections} connections, POST`, ['bare', 'verify']);
  console.log(
    `${line('empty', ecardVerify.emptyRoute)}\n  against a route that does no work: ${ecardVerify.ratioToEmptyRoute.toFixed(2)}`,
  );
  results.ecardVerify = { measuredAt, ...ecardVerify };
}

if (selected('deadline-watch')) {
  const deadlineWatch = await benchDeadlineWatch({
    rows: deadlineRows,
    rounds,
    fillfactor: deadlineFillfactor,
  });
  console.log(
    `\n${deadlineWatch.name}: ${deadlineWatch.openApplications.toLocaleString('en')} open applications, ` +
      `median of ${rounds} alternating rounds (one day later each)`,
  );
  console.log(
    `  scan     ${deadlineWatch.scanMedianMs.toFixed(0).padStart(7)} ms\n` +
      `  watch    ${deadlineWatch.watchMedianMs.toFixed(0).padStart(7)} ms   ` +
      `(${deadlineWatch.watchRuns.map((r) => r.changed).join(', ')} standings changed)\n` +
      `  first    ${deadlineWatch.firstRun.ms.toFixed(0).padStart(7)} ms   (every standing set)`,
  );
  console.log(
    `  ratio ${deadlineWatch.ratio.toFixed(2)} (goal ≤ ${deadlineWatch.goal}: ${deadlineWatch.ratio <= deadlineWatch.goal ? 'met' : 'NOT met'})` +
      `   first run ${deadlineWatch.firstRunRatio.toFixed(1)}`,
  );

  results.deadlineWatch = { measuredAt, ...deadlineWatch };
}

const latest = new URL('./results/latest.json', import.meta.url);
// With BENCH_ONLY, the benchmarks not run keep their last results.
const previous: Record<string, unknown> =
  only === undefined
    ? {}
    : (JSON.parse(await readFile(latest, 'utf8').catch(() => '{}')) as Record<string, unknown>);
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(
  latest,
  `${JSON.stringify(
    {
      ...previous,
      measuredAt,
      loadTool,
      seconds,
      connections,
      rounds,
      concurrency,
      ...results,
    },
    null,
    2,
  )}\n`,
);
