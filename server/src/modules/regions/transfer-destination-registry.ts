import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import type { Db } from '../../platform/db/database.ts';
import { RegionDirectory } from './region-directory.ts';
import {
  OPENINGS_CHANNEL,
  selectAgencies,
  selectOpenings,
  selectRegions,
  type OpeningRecord,
} from './regions.repository.ts';

/**
 * Answers "has this region opened online transfer?" from memory. Regions and agencies are reference
 * data loaded once; the openings are reloaded whenever any process announces a change on the
 * PostgreSQL channel (the CLI and the admin console do, after their change commits). Nothing is
 * read or listened to until the first question, so building the app needs no database.
 */
export class TransferDestinationRegistry {
  private directoryPromise: Promise<RegionDirectory> | undefined;
  private openingsPromise: Promise<Map<string, OpeningRecord>> | undefined;
  private listener: pg.PoolClient | undefined;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly pool: pg.Pool,
    private readonly log: FastifyBaseLogger,
  ) {}

  async stop(): Promise<void> {
    this.stopped = true;
    const listener = this.listener;
    this.listener = undefined;
    if (listener) {
      listener.off('notification', this.onNotification);
      listener.off('error', this.onListenerError);
      // A listening connection is not returned to the pool: it is closed.
      listener.release(true);
    }
  }

  directory(): Promise<RegionDirectory> {
    this.directoryPromise ??= (async () =>
      new RegionDirectory(await selectRegions(this.db), await selectAgencies(this.db)))();
    this.directoryPromise.catch(() => (this.directoryPromise = undefined));
    return this.directoryPromise;
  }

  async opening(regionCode: string, scheme: InsuranceScheme): Promise<OpeningRecord | undefined> {
    return (await this.openings()).get(`${regionCode}:${scheme}`);
  }

  /** Forgets the cached openings; the next answer reads them again. */
  invalidate(): void {
    this.openingsPromise = undefined;
  }

  private openings(): Promise<Map<string, OpeningRecord>> {
    if (!this.openingsPromise) {
      // Listen before reading, so that no change can slip in between the read and the listen.
      const loading = this.ensureListening()
        .then(() => selectOpenings(this.db))
        .then((rows) => new Map(rows.map((row) => [`${row.regionCode}:${row.scheme}`, row])));
      this.openingsPromise = loading;
      loading.catch(() => {
        if (this.openingsPromise === loading) this.openingsPromise = undefined;
      });
    }
    return this.openingsPromise;
  }

  private readonly onNotification = () => this.invalidate();

  private readonly onListenerError = (error: Error) => {
    // Without the channel we could miss a change: drop the cache; the next question listens again.
    this.log.warn({ err: error }, 'lost the openings channel; reconnecting');
    this.invalidate();
    const client = this.listener;
    this.listener = undefined;
    this.listening = undefined;
    client?.release(true);
  };

  private listening: Promise<void> | undefined;

  private ensureListening(): Promise<void> {
    this.listening ??= this.listen().catch((error: unknown) => {
      this.listening = undefined;
      throw error;
    });
    return this.listening;
  }

  private async listen(): Promise<void> {
    const client = await this.pool.connect();
    if (this.stopped) return client.release(true);
    this.listener = client;
    client.on('notification', this.onNotification);
    client.on('error', this.onListenerError);
    await client.query(`listen ${OPENINGS_CHANNEL}`);
  }
}
