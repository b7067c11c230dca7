import http from 'node:http';

/**
 * A small load driver for requests that differ one from the next (each submission needs its own
 * citizen), run as a child process so that it does not share the server's event loop. Reads its
 * job as JSON on stdin, writes the result as JSON on stdout. Keep-alive connections, a fixed
 * number of requests in flight; stops after `seconds`, or when a list of one-use requests runs out.
 */
interface Job {
  url: string;
  method: 'GET' | 'POST';
  /** Sent in turn; with `once` each is sent one time only. */
  requests: { headers: Record<string, string>; body?: string }[];
  once: boolean;
  seconds: number;
  connections: number;
}

export interface DriverResult {
  completed: number;
  elapsedSeconds: number;
  latenciesMs: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  /** The first few unexpected answers, to explain a failure. */
  samples: string[];
}

async function drive(job: Job): Promise<DriverResult> {
  const target = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const latencies: number[] = [];
  const samples: string[] = [];
  let next = 0;
  let non2xx = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + job.seconds * 1000;

  const send = (request: Job['requests'][number]) =>
    new Promise<void>((resolve) => {
      const sentAt = performance.now();
      const outgoing = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: job.method,
          headers: request.headers,
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => {
            latencies.push(performance.now() - sentAt);
            const status = response.statusCode ?? 0;
            if (status < 200 || status >= 400) {
              non2xx++;
              if (samples.length < 3) samples.push(`${status} ${body.slice(0, 300)}`);
            }
            resolve();
          });
        },
      );
      outgoing.on('error', (error) => {
        errors++;
        if (samples.length < 3) samples.push(String(error));
        resolve();
      });
      outgoing.end(request.body);
    });

  const worker = async () => {
    while (performance.now() < deadline) {
      if (job.once && next >= job.requests.length) return;
      const request = job.requests[next++ % job.requests.length]!;
      await send(request);
    }
  };
  await Promise.all(Array.from({ length: job.connections }, worker));
  const elapsedSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    completed: latencies.length,
    elapsedSeconds,
    latenciesMs: { p50: at(0.5), p99: at(0.99) },
    non2xx,
    errors,
    samples,
  };
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => (input += chunk));
process.stdin.on('end', () => {
  drive(JSON.parse(input) as Job).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
});
