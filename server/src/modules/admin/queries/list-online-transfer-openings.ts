import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type { Db } from '../../../platform/db/database.ts';
import { selectOpenings } from '../../regions/index.ts';

/**
 * The openings as the database holds them now (not a server's cache: the administrator must see
 * their own change at once), filtered, in region code and scheme order, one page of them.
 */
export async function listOnlineTransferOpenings({
  db,
  regionCode,
  scheme,
  limit,
  offset,
}: {
  db: Db;
  regionCode?: string | undefined;
  scheme?: InsuranceScheme | undefined;
  limit: number;
  offset: number;
}) {
  // A few thousand rows at most (regions × schemes): filtered here rather than in SQL.
  const matching = (await selectOpenings(db))
    .filter((o) => (!regionCode || o.regionCode === regionCode) && (!scheme || o.scheme === scheme))
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.scheme.localeCompare(b.scheme));
  return { openings: matching.slice(offset, offset + limit), total: matching.length };
}
