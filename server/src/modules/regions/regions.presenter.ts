import type { z } from 'zod';
import type { TransferDestination } from './queries/find-transfer-destination.ts';
import type { RegionDirectory, RegionRecord } from './region-directory.ts';
import type { regionSchema, transferDestinationSchema } from './regions.schemas.ts';

/** The public answer of the destination inquiry; agency contact details are public information. */
export function presentTransferDestination(
  destination: TransferDestination,
): z.infer<typeof transferDestinationSchema> {
  return {
    regionCode: destination.region.code,
    regionName: destination.regionName,
    scheme: destination.scheme,
    online: destination.online,
    ...(destination.openSince ? { openSince: destination.openSince } : {}),
    ...(destination.agency
      ? {
          agency: {
            name: destination.agency.name,
            address: destination.agency.address,
            phone: destination.agency.phone,
            postCode: destination.agency.postCode,
          },
        }
      : {}),
  };
}

export function presentRegion(
  directory: RegionDirectory,
  region: RegionRecord,
): z.infer<typeof regionSchema> {
  return {
    code: region.code,
    name: directory.displayName(region),
    fullName: directory.fullName(region),
    level: region.level,
    destination: directory.isDestinationLevel(region),
  };
}
