import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import type { Db } from '../../platform/db/database.ts';
import { TransferDestinationRegistry } from './transfer-destination-registry.ts';

export { openOnlineTransfer } from './commands/open-online-transfer.ts';
export { closeOnlineTransfer } from './commands/close-online-transfer.ts';
export { requireDestinationRegion } from './commands/require-destination-region.ts';
export { findTransferDestination } from './queries/find-transfer-destination.ts';
export { loadReferenceRegions } from './seed/load-reference-regions.ts';
export {
  seedDemoOpenings,
  DEMO_CLOSED_REGIONS,
  DEMO_FUTURE_REGION,
} from './seed/seed-demo-openings.ts';
export { selectOpenings } from './regions.repository.ts';
export { regionsRoutes } from './regions.routes.ts';
export { TransferDestinationRegistry };

/** The regions module as the app composes it: its registry (cache) and routes. */
export function createRegionsModule(options: { db: Db; pool: pg.Pool; log: FastifyBaseLogger }) {
  const registry = new TransferDestinationRegistry(options.db, options.pool, options.log);
  return { registry, stop: () => registry.stop() };
}
