import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannonCli = require.resolve('autocannon/autocannon.js');

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

/**
 * Loads a URL from a second process (autocannon), so that the load generator does not share the
 * server's event loop. Non-2xx answers and errors are reported: a fast error is not throughput.
 */
export async function measureLoad(
  url: string,
  options: { seconds: number; connections: number },
): Promise<LoadResult> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [autocannonCli, '-j', '-c', String(options.connections), '-d', String(options.seconds), url],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`autocannon exited ${code}`)),
    );
  });
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
