import type { z } from 'zod';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import type { openingSchema } from './openings.schemas.ts';

/** One region's opening for one scheme, named for people and marked live or not yet. */
export function presentOpening(
  opening: { regionCode: string; scheme: InsuranceScheme; openSince: string },
  regionName: (code: string) => string,
  today: string,
): z.infer<typeof openingSchema> {
  return {
    regionCode: opening.regionCode,
    regionName: regionName(opening.regionCode),
    scheme: opening.scheme,
    openSince: opening.openSince,
    online: opening.openSince <= today,
  };
}
