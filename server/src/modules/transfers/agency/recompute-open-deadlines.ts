import { coveredYears, firstDayBeyondPackage } from '../../../../../domain/calendar/index.ts';
import { nextStepWorkingDays } from '../../../../../domain/transfer/application-status.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { emitEvents } from '../../../platform/events/index.ts';
import { deadlineAfter, isProvisionalDeadline } from '../deadline.ts';
import {
  selectStepGroups,
  updateStepDeadlines,
  type MovedDeadline,
} from './open-deadlines.repository.ts';

export const DEADLINE_MOVED_EVENT = 'transfer-application.deadline-moved';

/**
 * Counts again the legal deadline of every open step that depends on holiday arrangements the
 * chinese-days package does not have — provisional deadlines, and those counted with loaded
 * arrangements — from the day of its step, with the calendar as it is now; deadlines missing
 * (counted before there were provisional ones) are set. After an arrangement is loaded, the
 * provisional deadlines of its year become certain (and may move). Run by the load itself, in
 * its transaction, and by every deadline watch (for steps another process took before it learnt
 * of a load). Steps are grouped by (scheme, status, day): a few hundred countings at most.
 *
 * Every deadline that moves from one date to another gives a `transfer-application.deadline-moved`
 * event, written in the same transaction as the new date, so that the applicant is told
 * (notifications). A deadline set where there was none tells nothing: the applicant was never
 * given a date.
 */
export async function recomputeOpenDeadlines(
  db: Executor,
  {
    from = firstDayBeyondPackage(),
    loadedYears = [],
  }: {
    from?: string;
    /** The years whose arrangement the load that asks for this count has just stored. */
    loadedYears?: readonly number[];
  } = {},
): Promise<{ recomputed: number }> {
  const groups = await selectStepGroups(db, from);
  if (groups.length === 0) return { recomputed: 0 };
  const deadlines = groups.map((group) => ({
    ...group,
    deadlineOn: deadlineAfter(group.stepDay, nextStepWorkingDays(group.scheme, group.status)),
  }));
  const moved = await db.transaction(async (tx) => {
    const moved = await updateStepDeadlines(tx, from, deadlines);
    await emitEvents(
      tx,
      moved.flatMap((one) => deadlineMovedEvent(one, loadedYears)),
    );
    return moved;
  });
  return { recomputed: moved.length };
}

/** The event of one moved deadline; none when it had no date, or has none now (after 2100). */
function deadlineMovedEvent(
  moved: MovedDeadline,
  loadedYears: readonly number[],
): { name: string; payload: MovedDeadlinePayload }[] {
  const { previousDeadlineOn, deadlineOn } = moved;
  if (previousDeadlineOn === null || deadlineOn === null || previousDeadlineOn === deadlineOn)
    return [];
  return [
    {
      name: DEADLINE_MOVED_EVENT,
      payload: {
        applicationId: moved.applicationId,
        personId: moved.personId,
        scheme: moved.scheme,
        status: moved.status,
        version: moved.version,
        previousDeadlineOn,
        deadlineOn,
        deadlineProvisional: isProvisionalDeadline(deadlineOn),
        arrangementYear: arrangementYear(previousDeadlineOn, deadlineOn, {
          lastCovered: coveredYears().at(-1),
          loadedYears,
        }),
      },
    },
  ];
}

export interface MovedDeadlinePayload extends Record<string, unknown> {
  applicationId: string;
  personId: string;
  scheme: MovedDeadline['scheme'];
  status: MovedDeadline['status'];
  /** The application's version: a step taken since (a new version) makes the notice moot. */
  version: number;
  previousDeadlineOn: string;
  deadlineOn: string;
  /** The new deadline is still provisional: its year's arrangement is not out yet. */
  deadlineProvisional: boolean;
  /** The year whose holiday arrangement moved it. */
  arrangementYear: number;
}

/**
 * The year whose holiday arrangement moved a deadline. Only a covered year's arrangement can move
 * one, and only one whose window (the previous December 25 to December 24, DECISIONS 39) reaches
 * the later of the two dates: the latest covered year, unless the later date lies in an earlier
 * window. When a load asked for the count, the year is one it stored: correcting an older year
 * while a later one is loaded moves deadlines that may end in the later year's window.
 */
export function arrangementYear(
  previousDeadlineOn: string,
  deadlineOn: string,
  { lastCovered, loadedYears }: { lastCovered: number | undefined; loadedYears: readonly number[] },
): number {
  const later = previousDeadlineOn > deadlineOn ? previousDeadlineOn : deadlineOn;
  const year = Number(later.slice(0, 4));
  const window = later.slice(5) >= '12-25' ? year + 1 : year;
  const inferred = Math.min(lastCovered ?? window, window);
  if (loadedYears.length === 0 || loadedYears.includes(inferred)) return inferred;
  const earlier = loadedYears.filter((loaded) => loaded < inferred);
  return Math.max(...(earlier.length > 0 ? earlier : loadedYears));
}
