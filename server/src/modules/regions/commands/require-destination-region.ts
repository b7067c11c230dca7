import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { RegionDirectory } from '../region-directory.ts';
import { selectAgencies, selectRegions } from '../regions.repository.ts';

/** Only a region with its own agency can open online transfer; anything else is refused. */
export async function requireDestinationRegion(tx: Tx, regionCode: string): Promise<void> {
  // Administrative changes are rare: reading the reference data here keeps commands independent
  // of any server's cache, so the CLI behaves exactly like the server.
  const directory = new RegionDirectory(await selectRegions(tx), await selectAgencies(tx));
  const region = directory.get(regionCode);
  if (!region) throw new AppError('REGION_NOT_FOUND', { details: { regionCode } });
  if (!directory.isDestinationLevel(region)) {
    throw new AppError('REGION_NOT_A_DESTINATION', { details: { regionCode } });
  }
}
