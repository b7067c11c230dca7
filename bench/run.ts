import { mkdir, writeFile } from 'node:fs/promises';
import { benchInquiry, type Measured } from './inquiry.bench.ts';
import { loadTool } from './load.ts';

/**
 * `npm run bench`: every benchmark reports a ratio against a baseline measured in the same run, so
 * the figure means the same on a laptop and on a CI machine. Results go to bench/results/.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

const inquiry = await benchInquiry({ seconds, connections, rounds });
const line = (label: string, m: Measured) =>
  `  ${label.padEnd(8)} ${m.requestsPerSecond.toFixed(0).padStart(7)} req/s   ` +
  `p50 ${m.latencyP50Ms.toFixed(2)} ms   p99 ${m.latencyP99Ms.toFixed(2)} ms   ` +
  `${m.cpuMicrosPerRequest.toFixed(1)} µs CPU/request`;
console.log(
  `\n${inquiry.name}: load from ${loadTool}, median of ${rounds} alternating rounds of ${seconds} s, ${connections} connections`,
);
console.log(line('bare', inquiry.baseline));
console.log(line('inquiry', inquiry.subject));
console.log(
  `  throughput ratio ${inquiry.ratio.toFixed(2)} (goal ≥ ${inquiry.goal}: ${inquiry.ratio >= inquiry.goal ? 'met' : 'NOT met'})` +
    `   CPU ratio ${inquiry.cpuRatio.toFixed(2)}`,
);

await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(
  new URL('./results/latest.json', import.meta.url),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), loadTool, seconds, connections, rounds, inquiry }, null, 2)}\n`,
);
