import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import type { AgencyRecord, RegionRecord } from './region-directory.ts';
import { agencies, onlineTransferOpenings, regions } from './regions.tables.ts';

export interface OpeningRecord {
  regionCode: string;
  scheme: InsuranceScheme;
  openSince: string;
}

/** PostgreSQL channel on which every change of the openings registry is announced. */
export const OPENINGS_CHANNEL = 'shebao_transfer_openings_changed';

export async function selectRegions(db: Executor): Promise<RegionRecord[]> {
  return db
    .select({
      code: regions.code,
      name: regions.name,
      level: regions.level,
      parentCode: regions.parentCode,
    })
    .from(regions);
}

export async function selectAgencies(db: Executor): Promise<AgencyRecord[]> {
  return db
    .select({
      id: agencies.id,
      regionCode: agencies.regionCode,
      name: agencies.name,
      address: agencies.address,
      phone: agencies.phone,
      postCode: agencies.postCode,
      isDemo: agencies.isDemo,
    })
    .from(agencies);
}

export async function selectOpenings(db: Executor): Promise<OpeningRecord[]> {
  return db
    .select({
      regionCode: onlineTransferOpenings.regionCode,
      scheme: onlineTransferOpenings.scheme,
      openSince: onlineTransferOpenings.openSince,
    })
    .from(onlineTransferOpenings);
}

export async function countRegions(db: Executor): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(regions);
  return row?.count ?? 0;
}

/**
 * The date a region is open since for a scheme, its row locked until the transaction ends; null
 * when it is closed (no row: nothing to lock).
 */
export async function lockOpening(
  tx: Tx,
  regionCode: string,
  scheme: InsuranceScheme,
): Promise<string | null> {
  const [row] = await tx
    .select({ openSince: onlineTransferOpenings.openSince })
    .from(onlineTransferOpenings)
    .where(openingIs(regionCode, scheme))
    .for('update');
  return row?.openSince ?? null;
}

/**
 * Inserts the opening of a closed region; false when the region has one already. The unique
 * constraint decides: an insert racing another waits for it, and finds its row once it commits.
 */
export async function insertOpeningIfAbsent(tx: Tx, opening: OpeningRecord): Promise<boolean> {
  const inserted = await tx
    .insert(onlineTransferOpenings)
    .values({ id: newId(), ...opening })
    .onConflictDoNothing({
      target: [onlineTransferOpenings.regionCode, onlineTransferOpenings.scheme],
    })
    .returning({ id: onlineTransferOpenings.id });
  return inserted.length === 1;
}

/** Moves the date of an open region; false when it has no opening (any more). */
export async function updateOpeningSince(tx: Tx, opening: OpeningRecord): Promise<boolean> {
  const updated = await tx
    .update(onlineTransferOpenings)
    .set({ openSince: opening.openSince, updatedAt: sql`now()` })
    .where(openingIs(opening.regionCode, opening.scheme))
    .returning({ id: onlineTransferOpenings.id });
  return updated.length === 1;
}

/** Removes an opening; returns the date it had been open since, or null if it was not open. */
export async function deleteOpening(
  tx: Tx,
  regionCode: string,
  scheme: InsuranceScheme,
): Promise<string | null> {
  const [deleted] = await tx
    .delete(onlineTransferOpenings)
    .where(openingIs(regionCode, scheme))
    .returning({ openSince: onlineTransferOpenings.openSince });
  return deleted?.openSince ?? null;
}

/** Tells every server process, after commit, to reload the openings. */
export async function announceOpeningsChanged(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_notify(${OPENINGS_CHANNEL}, '')`);
}

export async function insertRegions(tx: Tx, rows: RegionRecord[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000).map((row) => ({ id: newId(), ...row }));
    await tx.insert(regions).values(batch).onConflictDoNothing({ target: regions.code });
  }
}

export async function insertAgencies(tx: Tx, rows: Omit<AgencyRecord, 'id'>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000).map((row) => ({ id: newId(), ...row }));
    await tx.insert(agencies).values(batch).onConflictDoNothing({ target: agencies.regionCode });
  }
}

/**
 * Gives the demo agencies that have no post code yet theirs from `postCodes` (by region code), as
 * the reference data now carries them; an agency's registered post code is never overwritten.
 * Returns how many were set.
 */
export async function fillDemoAgencyPostCodes(
  db: Executor,
  postCodes: Readonly<Record<string, string>>,
): Promise<number> {
  const found = await db
    .select({ regionCode: agencies.regionCode })
    .from(agencies)
    .where(
      and(
        eq(agencies.isDemo, true),
        isNull(agencies.postCode),
        inArray(agencies.regionCode, Object.keys(postCodes)),
      ),
    );
  for (const { regionCode } of found)
    await db
      .update(agencies)
      .set({ postCode: postCodes[regionCode] })
      .where(and(eq(agencies.regionCode, regionCode), isNull(agencies.postCode)));
  return found.length;
}

export async function insertOpenings(tx: Tx, rows: OpeningRecord[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000).map((row) => ({ id: newId(), ...row }));
    await tx.insert(onlineTransferOpenings).values(batch).onConflictDoNothing();
  }
}

function openingIs(regionCode: string, scheme: InsuranceScheme) {
  return and(
    eq(onlineTransferOpenings.regionCode, regionCode),
    eq(onlineTransferOpenings.scheme, scheme),
  );
}
