import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

/**
 * The load generator: Debian's `wrk` when installed (written in C, it stays out of the way of
 * the server on a two-core machine), otherwise `autocannon` from npm (a JavaScript client: on
 * two cores it can itself become the bottleneck, which flattens the ratios).
 */
export const loadTool: 'wrk' | 'autocannon' = (() => {
  try {
    execFileSync('wrk', ['-v'], { stdio: 'ignore' });
    return 'wrk';
  } catch (error) {
    // wrk -v exits 1 after printing its version; only a missing binary is "not installed".
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'autocannon' : 'wrk';
  }
})();

export interface LoadOptions {
  seconds: number;
  connections: number;
  /** Sent with every request (e.g. a session cookie). */
  headers?: Record<string, string>;
  /** A JSON body: every request is then a POST of it. */
  jsonBody?: string;
  /**
   * Session cookies the requests take in turn (wrk only), so that the load comes from many
   * signed-in people as in real use, not one person's cookie replayed.
   */
  cookies?: readonly string[];
}

/** Loads a URL from a second process, so that the load generator does not share the server's event loop. */
export async function measureLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  return loadTool === 'wrk' ? measureWithWrk(url, options) : measureWithAutocannon(url, options);
}

/**
 * One round of load with the CPU this process spent serving it, per request: steadier than the
 * throughput on a busy or throttled virtual machine.
 */
export async function measureLoadWithCpu(
  url: string,
  options: LoadOptions,
): Promise<LoadResult & { cpuMicrosPerRequest: number }> {
  const before = process.cpuUsage();
  const result = await measureLoad(url, options);
  const used = process.cpuUsage(before);
  const requests = result.requestsPerSecond * options.seconds;
  return { ...result, cpuMicrosPerRequest: (used.user + used.system) / requests };
}

async function measureWithWrk(url: string, options: LoadOptions): Promise<LoadResult> {
  const script =
    options.jsonBody === undefined && options.cookies === undefined
      ? undefined
      : await wrkScript(options);
  const output = await run('wrk', [
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => [
      '-H',
      `${name}: ${value}`,
    ]),
    ...(script ? ['-s', script.file] : []),
    '-t1',
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    '--latency',
    url,
  ]).finally(() => script?.remove());
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? 0);
  const milliseconds = (percentile: string) => {
    const match = new RegExp(`^\\s+${percentile}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(output);
    if (!match) return NaN;
    const scale = { us: 0.001, ms: 1, s: 1000 }[match[2] as 'us' | 'ms' | 's'];
    return Number(match[1]) * scale;
  };
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  );
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    latencyP50Ms: milliseconds('50'),
    latencyP99Ms: milliseconds('99'),
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
    errors: socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

async function measureWithAutocannon(url: string, options: LoadOptions): Promise<LoadResult> {
  if (options.cookies !== undefined)
    throw new Error('rotating session cookies need wrk (apt-get install wrk)');
  const cli = require.resolve('autocannon/autocannon.js');
  const output = await run(process.execPath, [
    cli,
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}=${value}`]),
    ...(options.jsonBody === undefined
      ? []
      : ['-m', 'POST', '-H', 'content-type=application/json', '-b', options.jsonBody]),
    '-j',
    '-c',
    String(options.connections),
    '-d',
    String(options.seconds),
    url,
  ]);
  const result = JSON.parse(output) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * A wrk script that POSTs the JSON body (a Lua long string holds it as it is) and/or gives each
 * request the next of the cookies.
 */
async function wrkScript(
  options: Pick<LoadOptions, 'jsonBody' | 'cookies'>,
): Promise<{ file: string; remove(): Promise<void> }> {
  const lines: string[] = [];
  if (options.jsonBody !== undefined)
    lines.push(
      'wrk.method = "POST"',
      'wrk.headers["Content-Type"] = "application/json"',
      `wrk.body = [==[${options.jsonBody}]==]`,
    );
  if (options.cookies !== undefined)
    lines.push(
      `cookies = { ${options.cookies.map((cookie) => `[==[${cookie}]==]`).join(', ')} }`,
      'turn = 0',
      'request = function()',
      '  turn = turn % #cookies + 1',
      '  wrk.headers["Cookie"] = cookies[turn]',
      '  return wrk.format()',
      'end',
    );
  const folder = await mkdtemp(path.join(tmpdir(), 'shebao-wrk-'));
  const file = path.join(folder, 'load.lua');
  await writeFile(file, `${lines.join('\n')}\n`);
  return { file, remove: () => rm(folder, { recursive: true, force: true }) };
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${command} exited ${code}`)),
    );
  });
}
