import { firstDayBeyondPackage } from '../../../../../domain/calendar/index.ts';
import { nextStepWorkingDays } from '../../../../../domain/transfer/application-status.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { deadlineAfter } from '../deadline.ts';
import { selectStepGroups, updateStepDeadlines } from './open-deadlines.repository.ts';

/**
 * Counts again the legal deadline of every open step that depends on holiday arrangements the
 * chinese-days package does not have — provisional deadlines, and those counted with loaded
 * arrangements — from the day of its step, with the calendar as it is now; deadlines missing
 * (counted before there were provisional ones) are set. After an arrangement is loaded, the
 * provisional deadlines of its year become certain (and may move). Run by the load itself, in
 * its transaction, and by every deadline watch (for steps another process took before it learnt
 * of a load). Steps are grouped by (scheme, status, day): a few hundred countings at most.
 */
export async function recomputeOpenDeadlines(
  db: Executor,
  { from = firstDayBeyondPackage() }: { from?: string } = {},
): Promise<{ recomputed: number }> {
  const groups = await selectStepGroups(db, from);
  const deadlines = groups.map((group) => ({
    ...group,
    deadlineOn: deadlineAfter(group.stepDay, nextStepWorkingDays(group.scheme, group.status)),
  }));
  return { recomputed: await updateStepDeadlines(db, from, deadlines) };
}
