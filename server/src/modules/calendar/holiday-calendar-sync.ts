import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import { useLoadedArrangements } from '../../../../domain/calendar/index.ts';
import type { Executor } from '../../platform/db/database.ts';
import { HOLIDAY_ARRANGEMENTS_CHANNEL, selectStoredArrangements } from './calendar.repository.ts';

/**
 * Makes this process's working-day calendar (domain/calendar, no I/O of its own) use the
 * arrangements stored in the database, and gives back their years.
 */
export async function useStoredArrangements(db: Executor): Promise<number[]> {
  const stored = await selectStoredArrangements(db);
  useLoadedArrangements(stored);
  return stored.map((a) => a.year);
}

const RECONNECT_MS = 5_000;

/**
 * Keeps a long-running process's calendar in step with the database: reads the loaded
 * arrangements at start, then again whenever a load announces itself on the PostgreSQL channel
 * (`npx shebao calendar load`, in whatever process it runs). Listening starts before the first
 * read, so that no load can slip in between; a lost channel is listened to again, and read again.
 */
export class HolidayCalendarSync {
  private listener: pg.PoolClient | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly db: Executor,
    private readonly pool: pg.Pool,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Listens and reads; fails (the process should not start) if the database cannot be read. */
  async start(): Promise<void> {
    await this.listen();
    await this.read();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.closeListener();
  }

  private async read(): Promise<void> {
    const years = await useStoredArrangements(this.db);
    if (years.length > 0) this.log.info({ years }, 'holiday arrangements loaded by operators');
  }

  private async listen(): Promise<void> {
    const client = await this.pool.connect();
    if (this.stopped) return client.release(true);
    this.listener = client;
    client.on('notification', this.onNotification);
    client.on('error', this.onListenerError);
    await client.query(`listen ${HOLIDAY_ARRANGEMENTS_CHANNEL}`);
  }

  private readonly onNotification = () => {
    this.read().catch((error: unknown) => {
      this.log.error({ err: error }, 'could not read the holiday arrangements; retrying');
      this.scheduleRestart();
    });
  };

  private readonly onListenerError = (error: Error) => {
    this.log.warn({ err: error }, 'lost the holiday arrangements channel; reconnecting');
    this.closeListener();
    this.scheduleRestart();
  };

  private scheduleRestart(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.stopped) return;
      this.closeListener();
      this.start().catch((error: unknown) => {
        this.log.warn({ err: error }, 'holiday arrangements channel still down; retrying');
        this.closeListener();
        this.scheduleRestart();
      });
    }, RECONNECT_MS);
    this.retry.unref();
  }

  private closeListener(): void {
    const client = this.listener;
    this.listener = undefined;
    if (!client) return;
    client.off('notification', this.onNotification);
    client.off('error', this.onListenerError);
    // A listening connection is not returned to the pool: it is closed.
    client.release(true);
  }
}
