import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { AgencyRecord, RegionRecord } from '../region-directory.ts';
import type { TransferDestinationRegistry } from '../transfer-destination-registry.ts';

export interface TransferDestination {
  region: RegionRecord;
  regionName: string;
  scheme: InsuranceScheme;
  online: boolean;
  openSince: string | undefined;
  agency: AgencyRecord | undefined;
}

/**
 * Has the destination opened online transfer applications for this scheme (DOMAIN.md §3)?
 * A county is answered for the city-level region whose agency serves it. A region that opens on a
 * future date is not online yet; its opening date is still given so a person can plan.
 */
export async function findTransferDestination({
  registry,
  regionCode,
  scheme,
  today,
}: {
  registry: TransferDestinationRegistry;
  regionCode: string;
  scheme: InsuranceScheme;
  today: string;
}): Promise<TransferDestination> {
  const directory = await registry.directory();
  const region = directory.get(regionCode);
  if (!region) throw new AppError('REGION_NOT_FOUND', { details: { regionCode } });
  const serving = directory.servingRegionOf(region);
  if (!serving) throw new AppError('REGION_NOT_A_DESTINATION', { details: { regionCode } });
  const opening = await registry.opening(serving.code, scheme);
  return {
    region,
    regionName: directory.fullName(region),
    scheme,
    online: opening !== undefined && opening.openSince <= today,
    openSince: opening?.openSince,
    agency: directory.agencyOf(serving.code),
  };
}
