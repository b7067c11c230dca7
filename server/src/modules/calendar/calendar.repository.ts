import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { HolidayArrangement } from '../../../../domain/calendar/index.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import { holidayArrangementDays, holidayArrangements } from './calendar.tables.ts';

/** The PostgreSQL channel on which a load tells every process to read the arrangements again. */
export const HOLIDAY_ARRANGEMENTS_CHANNEL = 'holiday_arrangements_changed';

/** A loaded arrangement as stored, with who loaded it and when. */
export interface StoredArrangement extends HolidayArrangement {
  digest: string;
  loadedAt: Date;
  loadedBy: string;
}

/** Every loaded arrangement, by year, with its days in order. */
export async function selectStoredArrangements(db: Executor): Promise<StoredArrangement[]> {
  const [rows, days] = await Promise.all([
    db.select().from(holidayArrangements).orderBy(asc(holidayArrangements.year)),
    db.select().from(holidayArrangementDays).orderBy(asc(holidayArrangementDays.date)),
  ]);
  return rows.map((row) => {
    const own = days.filter((d) => d.arrangementId === row.id);
    const named = (kind: 'day-off' | 'working-day') =>
      own
        .filter((d) => d.kind === kind)
        .map((d) => ({ date: d.date, name: { zh: d.nameZh, en: d.nameEn } }));
    return {
      year: row.year,
      notice: row.notice,
      daysOff: named('day-off'),
      workingDays: named('working-day'),
      digest: row.digest,
      loadedAt: row.loadedAt,
      loadedBy: row.loadedBy,
    };
  });
}

/** Serialises loads: the lock is held until the caller's transaction ends; reads still go on. */
export async function lockArrangements(tx: Tx): Promise<void> {
  await tx.execute(sql`lock table holiday_arrangements in share row exclusive mode`);
}

/**
 * Stores `arrangement` as its year's, replacing (with all its days) one loaded before; returns
 * the digest of the one replaced, or null.
 */
export async function replaceArrangement(
  tx: Tx,
  arrangement: HolidayArrangement,
  meta: { digest: string; loadedAt: Date; loadedBy: string },
): Promise<{ previousDigest: string | null }> {
  const [previous] = await tx
    .delete(holidayArrangements)
    .where(eq(holidayArrangements.year, arrangement.year))
    .returning({ digest: holidayArrangements.digest });
  const id = newId(meta.loadedAt.getTime());
  await tx.insert(holidayArrangements).values({
    id,
    year: arrangement.year,
    notice: arrangement.notice,
    ...meta,
  });
  const day = (kind: 'day-off' | 'working-day') => (d: HolidayArrangement['daysOff'][number]) => ({
    id: newId(),
    arrangementId: id,
    date: d.date,
    kind,
    nameZh: d.name.zh,
    nameEn: d.name.en,
  });
  await tx
    .insert(holidayArrangementDays)
    .values([
      ...arrangement.daysOff.map(day('day-off')),
      ...arrangement.workingDays.map(day('working-day')),
    ]);
  return { previousDigest: previous?.digest ?? null };
}

/** The years among `years` that were loaded before. */
export async function selectLoadedYears(
  db: Executor,
  years?: readonly number[],
): Promise<number[]> {
  const rows = await db
    .select({ year: holidayArrangements.year })
    .from(holidayArrangements)
    .where(years ? inArray(holidayArrangements.year, [...years]) : undefined);
  return rows.map((r) => r.year);
}

/** Tells every listening process, once the transaction commits, to read the arrangements again. */
export async function announceArrangementsChanged(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_notify(${HOLIDAY_ARRANGEMENTS_CHANNEL}, '')`);
}
