import { writeFile, mkdir } from 'node:fs/promises';
import { benchInquiry } from './inquiry.bench.ts';

/**
 * `npm run bench`: every benchmark reports a ratio against a baseline measured in the same run, so
 * the figure means the same on a laptop and on a CI machine. Results go to bench/results/.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const inquiry = await benchInquiry({ seconds, connections });
const line = (
  label: string,
  r: { requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number },
) =>
  `  ${label.padEnd(10)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${r.latencyP50Ms} ms   p99 ${r.latencyP99Ms} ms`;
console.log(`\n${inquiry.name} (${seconds} s, ${connections} connections)`);
console.log(line('bare', inquiry.baseline));
console.log(line('inquiry', inquiry.subject));
console.log(
  `  ratio      ${inquiry.ratio.toFixed(2)} (goal ≥ ${inquiry.goal}) ${inquiry.ratio >= inquiry.goal ? 'MET' : 'NOT MET'}`,
);

await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(
  new URL('./results/latest.json', import.meta.url),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), seconds, connections, inquiry }, null, 2)}\n`,
);
