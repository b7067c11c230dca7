import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DriverResult } from './http-driver.ts';
import type { LoadResult } from './load.ts';

export interface DrivenLoad {
  url: string;
  method: 'GET' | 'POST';
  requests: { headers: Record<string, string>; body?: string }[];
  /** Send each request one time only (stop early when they run out). */
  once: boolean;
  seconds: number;
  connections: number;
}

/** Runs `bench/http-driver.ts` in a child process: load with a different request each time. */
export async function measureDriven(
  job: DrivenLoad,
): Promise<LoadResult & { completed: number; elapsedSeconds: number; samples: string[] }> {
  const driver = fileURLToPath(new URL('./http-driver.ts', import.meta.url));
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', driver], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`load driver exited ${code}`)),
    );
    child.stdin.end(JSON.stringify(job));
  });
  const result = JSON.parse(output) as DriverResult;
  return {
    requestsPerSecond: result.completed / result.elapsedSeconds,
    latencyP50Ms: result.latenciesMs.p50,
    latencyP99Ms: result.latenciesMs.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    completed: result.completed,
    elapsedSeconds: result.elapsedSeconds,
    samples: result.samples,
  };
}
