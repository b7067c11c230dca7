import { todayInChina } from '../../../../../domain/china-time.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { getSetting } from '../../../platform/settings/index.ts';
import { useStoredArrangements } from '../../calendar/index.ts';
import { deadlineStateBounds } from './deadline-standing.ts';
import {
  applicationHeapPages,
  noStandings,
  updateStandingsInPages,
  type StandingCounts,
} from './deadline-watch.repository.ts';
import { recomputeOpenDeadlines } from './recompute-open-deadlines.ts';

/** What one run of the deadline watch did, as its audit entry and event tell it. */
export interface DeadlineWatchSummary {
  checkedOn: string;
  dueSoonWorkingDays: number;
  /** The first on-time day (provisionally counted if need be); null only after 2100. */
  onTimeFrom: string | null;
  /** Deadlines on or after this day are provisional: never overdue (DECISIONS 39). */
  provisionalFrom: string;
  /** Open steps whose deadline was counted again with holiday arrangements loaded since. */
  recomputed: number;
  /** Open steps whose standing changed, by their new standing. */
  changed: StandingCounts;
  batches: number;
  durationMs: number;
}

// 2,048 pages of 8 KiB: 16 MiB, some tens of thousands of applications per statement.
const PAGES_PER_BATCH = 2_048;

/**
 * The deadline watch (issue 4): sets the standing of every open step against its legal deadline
 * — overdue, due soon (within the `deadlines` setting's working days) or on time — and the day
 * it was set. First it reads the holiday arrangements operators loaded (should this process
 * have missed a load) and counts again the deadlines that depend on them (recomputeOpenDeadlines):
 * a provisional deadline becomes certain once its year is loaded. The day's bounds are computed
 * once with the holiday calendar; the database then compares dates, in one UPDATE per range of
 * the table that rewrites only rows whose standing changed. One audit entry and one
 * `transfer-deadlines.checked` event summarise the run.
 */
export async function runDeadlineWatch({
  db,
  actor,
  now = new Date(),
  pagesPerBatch = PAGES_PER_BATCH,
}: {
  db: Db;
  actor: Actor;
  now?: Date;
  pagesPerBatch?: number;
}): Promise<DeadlineWatchSummary> {
  const started = performance.now();
  await useStoredArrangements(db);
  const { recomputed } = await recomputeOpenDeadlines(db);
  const { dueSoonWorkingDays } = await getSetting(db, 'deadlines');
  const bounds = deadlineStateBounds(todayInChina(now), dueSoonWorkingDays);
  const pages = await applicationHeapPages(db);
  const changed = noStandings();
  let batches = 0;
  // Rows written after `pages` was read are steps taken meanwhile: the next run checks them.
  for (let fromPage = 0; fromPage < pages; fromPage += pagesPerBatch) {
    const counts = await updateStandingsInPages(
      db,
      { fromPage, toPage: fromPage + pagesPerBatch },
      bounds,
    );
    for (const key of Object.keys(changed) as (keyof StandingCounts)[]) changed[key] += counts[key];
    batches++;
  }
  const summary: DeadlineWatchSummary = {
    checkedOn: bounds.today,
    dueSoonWorkingDays,
    onTimeFrom: bounds.onTimeFrom,
    provisionalFrom: bounds.provisionalFrom,
    recomputed,
    changed,
    batches,
    durationMs: Math.round(performance.now() - started),
  };
  await db.transaction(async (tx) => {
    await emitEvent(tx, { name: 'transfer-deadlines.checked', payload: { ...summary } });
    await recordAudit(tx, {
      actor,
      action: 'transfer-deadlines.checked',
      subjectType: 'deadline-watch',
      subjectId: bounds.today,
      data: { ...summary },
    });
  });
  return summary;
}
